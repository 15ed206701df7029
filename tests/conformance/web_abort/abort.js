// AbortController and AbortSignal: abort reasons, the abort event and onabort, throwIfAborted,
// AbortSignal.abort/timeout/any, argument errors and util.inspect.
const controller = new AbortController();
const { signal } = controller;
console.log(signal.aborted, signal.reason, signal.onabort, signal === controller.signal);
const order = [];
signal.addEventListener('abort', (event) => order.push(`listener ${event.type} ${event.isTrusted} ${event.target === signal}`));
signal.onabort = (event) => order.push(`onabort ${event.type} ${this === undefined}`);
signal.addEventListener('abort', () => order.push('late listener'));
controller.abort();
controller.abort('second abort is ignored');
console.log(order.join(' | '));
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
try {
  signal.throwIfAborted();
} catch (error) {
  console.log('thrown reason is the reason', error === signal.reason);
}
const custom = new AbortController();
custom.abort({ why: 'custom' });
console.log(custom.signal.reason);
const undefinedReason = new AbortController();
undefinedReason.abort(undefined);
console.log(undefinedReason.signal.reason.name);

const handlerOrder = new AbortController();
const seen = [];
handlerOrder.signal.onabort = () => seen.push('first handler');
handlerOrder.signal.addEventListener('abort', () => seen.push('listener'));
handlerOrder.signal.onabort = () => seen.push('replaced handler keeps its place');
console.log(typeof handlerOrder.signal.onabort);
handlerOrder.abort();
console.log(seen.join(', '));
const cleared = new AbortController();
cleared.signal.onabort = () => console.log('never');
cleared.signal.onabort = null;
console.log(cleared.signal.onabort);
cleared.abort();

const aborted = AbortSignal.abort();
console.log(aborted.aborted, aborted.reason.name, aborted.reason.message);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(null).reason);

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.onabort = () => console.log('any aborted with', any.reason);
console.log(any.aborted);
b.abort('from b');
a.abort('from a');
console.log(any.reason);
console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('pre')]).reason);
const nested = AbortSignal.any([AbortSignal.any([a.signal])]);
console.log(nested.aborted, nested.reason);

for (const f of [
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.timeout(2 ** 32),
  () => AbortSignal.any(1),
  () => AbortSignal.any([1]),
  () => AbortSignal.any([signal, {}]),
  () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  () => AbortSignal.prototype.throwIfAborted.call({}),
  () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}),
  () => new EventTarget().addEventListener('x', () => {}, { signal: 1 }),
]) {
  try {
    console.log('ok', f());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

console.log(Object.prototype.toString.call(signal), Object.prototype.toString.call(controller), signal instanceof EventTarget);
console.log(Object.keys(AbortSignal.prototype).join(), Object.keys(AbortController.prototype).join(), Object.keys(AbortSignal).join());

const util = require('util');
console.log(new AbortController(), AbortSignal.abort());
console.log({ a: { b: new AbortController() } }, { a: { b: { c: new AbortController() } } });
console.log(util.inspect(new AbortController(), { depth: 0 }));

// AbortSignal.timeout: an unref'd timer, so the ref'd one below keeps the process alive.
const timed = AbortSignal.timeout(5);
timed.addEventListener('abort', () => {
  console.log('timeout fired', timed.reason.name, timed.reason.message, timed.reason.code);
});
setTimeout(() => console.log('after the timeout', timed.aborted), 50);
// An unref'd timeout alone does not keep the process running.
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never fires'));
