// The shape of Promise and Promise.prototype: names, lengths, attributes, toStringTag, and no
// Promise.withResolvers in node 20.
console.log(Object.getOwnPropertyNames(Promise).join(), Object.getOwnPropertyNames(Promise.prototype).join());
console.log(Promise.length, Promise.name, typeof Promise.withResolvers);
for (const name of ['all', 'allSettled', 'any', 'race', 'resolve', 'reject']) {
  const d = Object.getOwnPropertyDescriptor(Promise, name);
  console.log(name, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
for (const name of ['then', 'catch', 'finally']) {
  console.log(name, Promise.prototype[name].length, Promise.prototype[name].name);
}
const tag = Object.getOwnPropertyDescriptor(Promise.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
console.log(String(Promise.resolve()), Object.prototype.toString.call(Promise.reject().catch(() => {})));
const proto = Object.getOwnPropertyDescriptor(Promise, 'prototype');
console.log(proto.writable, proto.enumerable, proto.configurable, Promise.prototype.constructor === Promise);
let resolveFn;
new Promise((resolve, reject) => { resolveFn = resolve; console.log(resolve.length, resolve.name === '', reject.length, typeof reject); });
console.log(Object.getOwnPropertyNames(resolveFn).join(), resolveFn('x'), resolveFn('y'));
console.log(typeof AggregateError, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
const aggregate = new AggregateError([1, 2], 'many', { cause: 'why' });
console.log(aggregate.name, aggregate.message, aggregate.errors, aggregate.cause, aggregate instanceof Error, Object.getOwnPropertyNames(aggregate).join());
console.log(AggregateError.prototype.name, AggregateError.prototype.message === '', AggregateError(new Set(['s'])).errors);
