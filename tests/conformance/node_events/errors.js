// The 'error' event: thrown when unhandled (Errors as they are, other values wrapped in
// ERR_UNHANDLED_ERROR with `context`), errorMonitor listeners, and argument validation.
const EventEmitter = require('events');
function attempt(f) {
  try {
    const result = f();
    console.log('ok', result);
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
    return err;
  }
}
const e = new EventEmitter();
const boom = new TypeError('boom');
const thrown = attempt(() => e.emit('error', boom));
console.log(thrown === boom);
attempt(() => e.emit('error'));
attempt(() => e.emit('error', 'text'));
attempt(() => e.emit('error', 42));
attempt(() => e.emit('error', { a: 1, b: [1, 2] }));
attempt(() => e.emit('error', null));
attempt(() => e.emit('error', Symbol('s')));
const wrapped = attempt(() => e.emit('error', { code: 7 }));
console.log(wrapped.context, Object.keys(wrapped), wrapped instanceof Error);

// errorMonitor sees the error first and does not count as a handler.
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
attempt(() => e.emit('error', new Error('watched')));
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('caught')));

// An emitter built with Object.create has no _events until a listener is added.
const bare = Object.create(EventEmitter.prototype);
console.log(bare.emit('x'), bare.listeners('x'), bare.eventNames(), bare.listenerCount('x'));
attempt(() => bare.emit('error', new RangeError('bare')));

// Validation.
attempt(() => e.on('x', 1));
attempt(() => e.once('x', 'f'));
attempt(() => e.prependListener('x', null));
attempt(() => e.prependOnceListener('x', {}));
attempt(() => e.removeListener('x', undefined));
attempt(() => e.off('x', [1]));
attempt(() => e.setMaxListeners(-1));
attempt(() => e.setMaxListeners('5'));
attempt(() => e.setMaxListeners(NaN));
attempt(() => (EventEmitter.defaultMaxListeners = -2));
attempt(() => (EventEmitter.defaultMaxListeners = true));
attempt(() => (EventEmitter.captureRejections = 'yes'));
attempt(() => new EventEmitter({ captureRejections: 1 }));
attempt(() => EventEmitter.getEventListeners({}, 'x'));
attempt(() => EventEmitter.getEventListeners(null, 'x'));
attempt(() => EventEmitter.getMaxListeners(5));
attempt(() => EventEmitter.setMaxListeners(-1));
attempt(() => EventEmitter.setMaxListeners(3, {}));
attempt(() => EventEmitter.addAbortListener(undefined, () => {}));
attempt(() => EventEmitter.addAbortListener({}, () => {}));
attempt(() => EventEmitter.addAbortListener({ aborted: false }, 3));
attempt(() => EventEmitter.on({}, 'x', null));
attempt(() => EventEmitter.on(e, 'x', { highWaterMark: 0 }));
attempt(() => EventEmitter.on(e, 'x', { signal: 1 }));

// A listener that throws stops the emit; later listeners do not run.
const t = new EventEmitter();
t.on('go', () => { throw new Error('first failed'); });
t.on('go', () => console.log('never'));
attempt(() => t.emit('go'));
