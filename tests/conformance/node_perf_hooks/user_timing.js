'use strict';
// performance.mark / measure / getEntries* / clear*, with explicit times so that the output
// does not depend on the clock.
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');
const util = require('util');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, typeof result === 'string' ? result : util.inspect(result));
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

const mark = performance.mark('a', { startTime: 5, detail: { x: 1 } });
console.log(mark);
console.log(mark instanceof PerformanceMark, mark instanceof PerformanceEntry, Object.prototype.toString.call(mark));
console.log(mark.name, mark.entryType, mark.startTime, mark.duration, mark.detail);
console.log(JSON.stringify(mark));
console.log(Object.keys(mark));
const keys = [];
for (const key in mark) keys.push(key);
console.log(keys);
console.log(Object.getOwnPropertyNames(PerformanceMark.prototype));
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype));

// The detail is cloned.
const detail = { list: [1, 2], map: new Map([[1, 'one']]) };
const cloned = performance.mark('cloned', { startTime: 6, detail });
console.log(cloned.detail !== detail, cloned.detail);

const measured = performance.measure('m', 'a');
console.log(typeof measured.duration, measured.startTime, measured.entryType, measured.detail);
console.log(performance.measure('m2', { start: 1, end: 4, detail: [1] }));
console.log(performance.measure('m3', { start: 2, duration: 3 }).toJSON());
console.log(performance.measure('m4', { end: 20, duration: 3 }).toJSON());
console.log(performance.measure('m5', { end: 'a' }).toJSON());
console.log(performance.measure('m6', 'a', 'a').toJSON());
console.log(performance.measure('m7', undefined, 'a').toJSON());
console.log(performance.measure('m8', null, 'cloned').toJSON());
console.log(performance.measure('m9', 5, 'a').toJSON());
console.log(performance.measure('m10', { detail: 'd' }).detail, performance.measure('m11', {}).startTime);
console.log(performance.measure('m12', 'cloned', 2).toJSON());

console.log(performance.getEntries().map((entry) => `${entry.entryType}:${entry.name}`));
console.log(performance.getEntriesByType('mark').map((entry) => entry.name));
console.log(performance.getEntriesByType('measure').length, performance.getEntriesByType('nothing').length);
console.log(performance.getEntriesByName('m2'));
console.log(performance.getEntriesByName('a', 'mark').length, performance.getEntriesByName('a', 'measure').length);

performance.mark('a', { startTime: 30 });
console.log(performance.measure('again', 'a').startTime);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((entry) => entry.name));
attempt('measure of a cleared mark:', () => performance.measure('q', 'a'));
performance.clearMeasures('m2');
console.log(performance.getEntriesByType('measure').map((entry) => entry.name).join(','));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);

// A PerformanceMark made with `new` is not buffered.
const constructed = new PerformanceMark('ctor', { startTime: 3, detail: 5 });
console.log(constructed, performance.getEntriesByName('ctor').length);
console.log(JSON.stringify(new PerformanceMark('j', { startTime: 2, detail: undefined })));
console.log(performance.mark({ toString() { return 'obj'; } }, { startTime: 4 }).name);
console.log(performance.mark('n', null).entryType, performance.mark('n', { startTime: undefined }).startTime >= 0);
console.log(performance.mark('nan', { startTime: NaN }).startTime);

attempt('mark():', () => performance.mark());
attempt('mark(nodeStart):', () => performance.mark('nodeStart'));
attempt('mark(x, 5):', () => performance.mark('x', 5));
attempt('mark negative:', () => performance.mark('x', { startTime: -1 }));
attempt('mark string time:', () => performance.mark('x', { startTime: 'a' }));
attempt('mark symbol:', () => performance.mark(Symbol('s')));
attempt('mark function detail:', () => performance.mark('f', { detail: () => {} }));
attempt('measure():', () => performance.measure());
attempt('measure(5):', () => performance.measure(5));
attempt('measure unknown mark:', () => performance.measure('q', 'nope'));
attempt('measure end unknown:', () => performance.measure('q', { start: 1, end: 'nope' }));
attempt('measure options and endMark:', () => performance.measure('q', { start: 1 }, 'n'));
attempt('measure start end duration:', () => performance.measure('q', { start: 1, end: 2, duration: 3 }));
attempt('measure negative start:', () => performance.measure('q', { start: -1 }));
attempt('getEntriesByName():', () => performance.getEntriesByName());
attempt('getEntriesByType():', () => performance.getEntriesByType());
attempt('clearMarks(nodeStart):', () => performance.clearMarks('nodeStart'));
attempt('new PerformanceEntry:', () => new PerformanceEntry());
attempt('new PerformanceMeasure:', () => new PerformanceMeasure());
attempt('new PerformanceMark():', () => new PerformanceMark());
attempt('new PerformanceMark(n, 5):', () => new PerformanceMark('n', 5));
attempt('PerformanceMark():', () => PerformanceMark('n'));
attempt('detail getter:', () => PerformanceMark.prototype.detail);
attempt('name getter:', () => PerformanceEntry.prototype.name);
attempt('name of {}:', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
attempt('toJSON of {}:', () => PerformanceEntry.prototype.toJSON.call({}));
attempt('mark measure name:', () => performance.measure('q', { start: 'nodeStart', end: 'nodeStart' }).duration);
attempt('mark toJSON of {}:', () => PerformanceMark.prototype.toJSON.call({}));
console.log(util.inspect({ nested: { mark: new PerformanceMark('deep', { startTime: 1 }) } }, { depth: 1 }));
console.log(util.inspect([new PerformanceMark('deep', { startTime: 1, detail: { a: { b: { c: 1 } } } })], { depth: 1 }));
console.log(Object.getOwnPropertySymbols(new PerformanceMark('s', { startTime: 1 })).map(String));
