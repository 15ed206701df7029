// EventEmitter basics: on/addListener, once, prepend*, off/removeListener, removeAllListeners,
// emit's return value and `this`, listeners/rawListeners/listenerCount/eventNames, and the
// newListener/removeListener events.
const EventEmitter = require('events');
const { EventEmitter: Named } = require('node:events');
console.log(Named === EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains);
console.log(EventEmitter.defaultMaxListeners, typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor));
console.log(String(EventEmitter.captureRejectionSymbol), EventEmitter.captureRejections);

const e = new EventEmitter();
const log = [];
function a(...args) { log.push(['a', this === e, ...args]); }
function b(x) { log.push(['b', x]); }
function c(x) { log.push(['c', x]); }
console.log(e.on('x', a) === e, e.addListener('x', b) === e);
console.log(e.emit('x', 1, 2), e.emit('nothing'), JSON.stringify(log));
log.length = 0;
e.prependListener('x', c);
e.once('x', c);
e.prependOnceListener('x', b);
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name));
console.log(e.rawListeners('x').map((f) => f.name), e.rawListeners('x')[0].listener === b);
e.emit('x', 'first');
e.emit('x', 'second');
console.log(JSON.stringify(log));
console.log(e.listenerCount('x'), e.listenerCount('x', c), e.listenerCount('x', b), e.listenerCount('y'));
console.log(e.eventNames());
e.off('x', c);
console.log(e.listeners('x').map((f) => f.name));
e.removeListener('x', a).removeListener('x', b);
console.log(e.listenerCount('x'), e.eventNames(), e._eventsCount);
e.removeListener('nope', a);

// The listeners array is a snapshot: a listener removed during emit still runs this time.
const s = new EventEmitter();
const order = [];
function first() { order.push('first'); s.removeListener('go', second); }
function second() { order.push('second'); }
s.on('go', first);
s.on('go', second);
s.emit('go');
s.emit('go');
console.log(order.join(','));

// once removes itself before the call; a re-emit inside the listener does not re-enter it.
const r = new EventEmitter();
let count = 0;
r.once('ping', function() { count++; r.emit('ping'); });
r.emit('ping');
console.log('once count', count, r.listenerCount('ping'));

// newListener and removeListener events.
const n = new EventEmitter();
const events = [];
n.on('newListener', (name, fn) => events.push(`new ${String(name)} ${fn.name}`));
n.on('removeListener', (name, fn) => events.push(`remove ${String(name)} ${fn.name}`));
function h1() {}
function h2() {}
n.on('data', h1);
n.once('data', h2);
const sym = Symbol('sym');
n.on(sym, h1);
n.removeListener('data', h2);
n.removeAllListeners('data');
n.removeAllListeners();
console.log(events.join('\n'));
console.log(n.eventNames(), n._eventsCount);

// removeAllListeners without removeListener listeners.
const m = new EventEmitter();
m.on('a', h1).on('a', h2).on('b', h1);
m.removeAllListeners('a');
console.log(m.eventNames());
m.removeAllListeners();
console.log(m.eventNames(), m.listeners('b'));

// newListener fires before the listener is added: a listener added from inside goes first.
const p = new EventEmitter();
p.once('newListener', function(event, listener) {
  if (event === 'event') this.on('event', () => console.log('B'));
});
p.on('event', () => console.log('A'));
p.emit('event');

// Keys are property keys: numbers and strings name the same event.
const k = new EventEmitter();
k.on(1, () => console.log('one'));
k.emit('1');
console.log(k.eventNames());

// Static listenerCount (deprecated) and getEventListeners.
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(m, 'b'));
const g = new EventEmitter();
g.on('q', h1);
g.once('q', h2);
console.log(EventEmitter.getEventListeners(g, 'q').map((f) => f.name));
