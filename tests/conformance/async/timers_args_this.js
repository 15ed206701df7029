// Callbacks get the extra arguments; `this` is the Timeout or Immediate object.
const t = setTimeout(function (a, b, c, d) {
  console.log('timeout', a, b, c, d, this === t, this.constructor.name, arguments.length);
}, 1, 1, 'two', null, undefined);
setTimeout(() => {
  const i = setImmediate(function (...args) {
    console.log('immediate', args.join('|'), this === i, this.constructor.name);
  }, 'x', 'y');
}, 30);
const i = setImmediate(() => {});
setTimeout(() => console.log('arrow sees no args'));
console.log(typeof t, typeof i, Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(i)).join());
console.log(setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length, clearInterval.length, clearImmediate.length, queueMicrotask.length);
console.log(typeof t[Symbol.toPrimitive](), `${t}` === String(+t));
for (const bad of [undefined, 'code', 5, {}]) {
  try {
    setTimeout(bad);
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
try {
  setImmediate(null);
} catch (e) {
  console.log(e.message);
}
try {
  setInterval(new (class Foo {})());
} catch (e) {
  console.log(e.message);
}
