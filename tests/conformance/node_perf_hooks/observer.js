'use strict';
// PerformanceObserver: entry types, buffered, takeRecords, disconnect, the dispatch from
// setImmediate, and timerify's function entries.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

console.log(PerformanceObserver.supportedEntryTypes.includes('mark'), PerformanceObserver.supportedEntryTypes.includes('measure'), PerformanceObserver.supportedEntryTypes.includes('function'));
performance.mark('early', { startTime: 1 });
const observer = new PerformanceObserver((list, self) => {
  console.log('callback', self === observer, list instanceof PerformanceObserverEntryList, Object.prototype.toString.call(list));
  console.log(list.getEntries().map((entry) => entry.name));
  console.log(list.getEntriesByType('measure').length, list.getEntriesByName('b').length, list.getEntriesByName('b', 'measure').length);
  self.disconnect();
});
observer.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
console.log(util.inspect(observer));
performance.mark('b', { startTime: 3 });
performance.mark('a', { startTime: 2 });
performance.measure('m', { start: 1, end: 2 });
console.log(util.inspect(observer, { depth: 0 }));
setImmediate(() => console.log('immediate queued after the marks'));
process.nextTick(() => console.log('tick'));
console.log('sync end');

setTimeout(() => {
  const buffered = new PerformanceObserver((list, self) => {
    console.log('buffered', list.getEntries().map((entry) => entry.name));
    self.disconnect();
  });
  buffered.observe({ type: 'mark', buffered: true });

  const taker = new PerformanceObserver(() => console.log('never'));
  taker.observe({ type: 'mark' });
  performance.mark('z', { startTime: 9 });
  const records = taker.takeRecords();
  console.log('take', Array.isArray(records), records.map((entry) => entry.name), taker.takeRecords().length);
  taker.disconnect();

  const add = performance.timerify(function add(a, b) {
    return a + b;
  });
  console.log(add.name, add.length, add(1, 2), performance.timerify(add) === add);
  const functions = new PerformanceObserver((list, self) => {
    const entries = list.getEntries();
    console.log('function entries', entries.length, entries[0].name, entries[0].entryType, typeof entries[0].duration, entries[0].detail);
    self.disconnect();
  });
  functions.observe({ entryTypes: ['function'] });
  add(3, 4);
  class Point {
    constructor(x) {
      this.x = x;
    }
  }
  const TimedPoint = performance.timerify(Point);
  console.log(new TimedPoint(2).x, new TimedPoint(3) instanceof Point, TimedPoint.name);
  attempt('call a timerified class:', () => TimedPoint());
  const asyncTimed = performance.timerify(async (x) => x * 2);
  asyncTimed(21).then((value) => console.log('async result', value));
}, 10);

attempt('new PerformanceObserver():', () => new PerformanceObserver());
attempt('observe():', () => new PerformanceObserver(() => {}).observe());
attempt('observe(5):', () => new PerformanceObserver(() => {}).observe(5));
attempt('entryTypes 5:', () => new PerformanceObserver(() => {}).observe({ entryTypes: 5 }));
attempt('type and entryTypes:', () => new PerformanceObserver(() => {}).observe({ type: 'mark', entryTypes: ['mark'] }));
attempt('unknown type:', () => new PerformanceObserver(() => {}).observe({ type: 'nothing' }));
attempt('single then multiple:', () => {
  const o = new PerformanceObserver(() => {});
  o.observe({ type: 'mark' });
  try {
    o.observe({ entryTypes: ['mark'] });
  } finally {
    o.disconnect();
  }
});
attempt('multiple then single:', () => {
  const o = new PerformanceObserver(() => {});
  o.observe({ entryTypes: ['mark'] });
  try {
    o.observe({ type: 'mark' });
  } finally {
    o.disconnect();
  }
});
attempt('new PerformanceObserverEntryList:', () => new PerformanceObserverEntryList());
attempt('timerify(5):', () => performance.timerify(5));
attempt('timerify options 5:', () => performance.timerify(() => 1, 5));
attempt('timerify histogram 5:', () => performance.timerify(() => 1, { histogram: 5 }));
console.log(performance.timerify(function () {}).name === 'timerified ');
