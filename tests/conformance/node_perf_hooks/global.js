'use strict';
// The global alone, with no require: node's lazily installed `performance`.
const start = performance.now();
performance.mark('start', { startTime: 1 });
performance.mark('end', { startTime: 4 });
const measure = performance.measure('span', 'start', 'end');
console.log(measure.name, measure.startTime, measure.duration, measure.entryType);
console.log(typeof start, start >= 0, performance.now() >= start, 'performance' in globalThis);
console.log(Object.keys(globalThis).includes('performance'), performance.getEntries().length);
