// The listener API of process: on/once/off/prependListener/emit/listeners/eventNames.
const calls = [];
const a = (x) => calls.push('a' + x);
const b = (x) => calls.push('b' + x);
const c = (x) => calls.push('c' + x);
console.log(process.on('custom', a) === process, process.emit('custom', 1), process.emit('nothing'));
process.prependListener('custom', b);
process.once('custom', c);
process.emit('custom', 2);
process.emit('custom', 3);
console.log(calls.join(' '));
console.log(process.listenerCount('custom'), process.listeners('custom').length, process.listeners('custom')[0] === b);
process.once('other', a);
console.log(process.listeners('other')[0] === a, process.eventNames().includes('other'));
process.off('other', a);
console.log(process.listenerCount('other'), process.eventNames().includes('other'));
process.removeListener('custom', b);
process.emit('custom', 4);
console.log(calls.join(' '));
process.on('custom', function () { console.log('this is process:', this === process, arguments.length); });
process.emit('custom', 5, 6);
process.removeAllListeners('custom');
console.log(process.emit('custom'), process.listenerCount('custom'));
try {
  process.on('x', 'not a function');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  process.emit('error', new Error('unhandled error event'));
} catch (e) {
  console.log('emit error threw', e.message);
}
const sym = Symbol('event');
process.on(sym, () => console.log('symbol event'));
process.emit(sym);
