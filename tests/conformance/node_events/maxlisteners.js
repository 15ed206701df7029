// setMaxListeners/getMaxListeners, defaultMaxListeners, and the MaxListenersExceededWarning
// (emitted once per event name, as a 'warning' event on the next tick).
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message);
  console.log(' ', w.emitter === a || w.emitter === b || w.emitter === c, String(w.type), w.count, Object.keys(w));
});
const a = new EventEmitter();
console.log(a.getMaxListeners(), a._maxListeners, EventEmitter.getMaxListeners(a));
for (let i = 0; i < 11; i++) a.on('data', () => {});
for (let i = 0; i < 5; i++) a.on('data', () => {});
console.log('added', a.listenerCount('data'));
const b = new EventEmitter();
b.setMaxListeners(2);
console.log(b.getMaxListeners(), EventEmitter.getMaxListeners(b));
const sym = Symbol('evt');
b.on(sym, () => {});
b.on(sym, () => {});
b.on(sym, () => {});
b.setMaxListeners(0);
for (let i = 0; i < 20; i++) b.on('many', () => {});
class Sub extends EventEmitter {}
const c = new Sub();
EventEmitter.defaultMaxListeners = 1;
console.log(c.getMaxListeners(), EventEmitter.defaultMaxListeners);
c.on('x', () => {});
c.prependListener('x', () => {});
EventEmitter.defaultMaxListeners = 10;
EventEmitter.setMaxListeners(4, c);
console.log(c.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(7);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
console.log('end of main');
