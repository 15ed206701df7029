'use strict';
// The performance object, the global, and the clock (printed as facts, never as times).
const perfHooks = require('perf_hooks');
const { performance, Performance } = perfHooks;
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
console.log(globalThis.performance === performance, require('node:perf_hooks') === perfHooks);
console.log(Object.keys(perfHooks).filter((key) => key !== 'PerformanceResourceTiming'));
console.log(Object.prototype.toString.call(performance), performance.constructor.name, performance instanceof Performance);
console.log(performance instanceof EventTarget, Object.keys(performance));
console.log(Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').enumerable, typeof Object.getOwnPropertyDescriptor(Performance.prototype, 'timeOrigin').get);
console.log(Object.getOwnPropertyDescriptor(Performance.prototype, 'now').enumerable);

const first = performance.now();
let previous = first;
let monotonic = true;
for (let i = 0; i < 1000; i++) {
  const next = performance.now();
  if (next < previous) monotonic = false;
  previous = next;
}
console.log(typeof first, first >= 0, monotonic, Number.isInteger(first) === false || first === 0);
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 100);
const before = performance.now();
const until = Date.now() + 20;
while (Date.now() < until);
console.log(performance.now() - before >= 15);

console.log(performance.nodeTiming.name, performance.nodeTiming.entryType, typeof performance.nodeTiming.duration);
console.log(Object.keys(performance.nodeTiming.toJSON()));

attempt('now on {}:', () => performance.now.call({}));
attempt('now on prototype:', () => Performance.prototype.now());
attempt('mark on 5:', () => Performance.prototype.mark.call(5, 'x', { startTime: 1 }));
attempt('new Performance:', () => new Performance());
console.log(typeof performance.timerify, typeof performance.eventLoopUtilization, typeof performance.toJSON);

// Assigning the global replaces it, as node's getter/setter pair does.
globalThis.performance = 42;
const replaced = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(globalThis.performance, typeof replaced.get, replaced.enumerable, perfHooks.performance === performance);

setTimeout(() => {
  console.log(performance.now() >= previous);
}, 5);
