// Event and EventTarget: listener kinds and options, dispatch order, once, signal, passive,
// preventDefault, stopImmediatePropagation, errors and util.inspect.
const target = new EventTarget();
const log = [];
function first(event) {
  log.push(`first ${event.type} ${this === target} ${event.target === target} ${event.currentTarget === target} ${event.eventPhase}`);
}
target.addEventListener('ping', first);
target.addEventListener('ping', first);
target.addEventListener('ping', first, true);
target.addEventListener('ping', { handleEvent(event) { log.push(`object ${event.type} ${this.tag}`); }, tag: 'obj' });
target.addEventListener('ping', () => log.push('once'), { once: true });
const event = new Event('ping');
console.log(target.dispatchEvent(event), event.eventPhase, event.currentTarget, event.target === target, event.composedPath());
target.dispatchEvent(new Event('ping'));
console.log(log.join('\n'));
target.removeEventListener('ping', first);
target.removeEventListener('ping', first, { capture: true });
log.length = 0;
target.dispatchEvent(new Event('ping'));
console.log(log.join('|'));

const cancel = new EventTarget();
cancel.addEventListener('c', (e) => e.preventDefault());
console.log(cancel.dispatchEvent(new Event('c')), cancel.dispatchEvent(new Event('c', { cancelable: true })));
const passive = new EventTarget();
passive.addEventListener('p', (e) => {
  e.preventDefault();
  console.log('passive prevented', e.defaultPrevented);
}, { passive: true });
console.log(passive.dispatchEvent(new Event('p', { cancelable: true })));

const stopper = new EventTarget();
stopper.addEventListener('s', (e) => {
  console.log('s1', e.cancelBubble);
  e.stopImmediatePropagation();
  console.log('s1 after', e.cancelBubble);
});
stopper.addEventListener('s', () => console.log('s2 never'));
stopper.dispatchEvent(new Event('s'));

const controller = new AbortController();
const withSignal = new EventTarget();
withSignal.addEventListener('x', () => console.log('signal listener'), { signal: controller.signal });
withSignal.dispatchEvent(new Event('x'));
controller.abort();
withSignal.dispatchEvent(new Event('x'));
withSignal.addEventListener('x', () => console.log('never added'), { signal: controller.signal });
withSignal.dispatchEvent(new Event('x'));

const e = new Event('init', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.defaultPrevented, e.returnValue, e.eventPhase, e.target, e.srcElement, e.cancelBubble, typeof e.timeStamp);
e.preventDefault();
console.log(e.defaultPrevented, e.returnValue);
e.initEvent('renamed', false, false);
console.log(e.type, e.bubbles, e.cancelable);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.NONE);
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(target), Object.keys(e), Object.getOwnPropertyNames(e));
console.log(Object.keys(Event.prototype).join(), Object.keys(EventTarget.prototype).join());

for (const f of [
  () => new Event(),
  () => new Event('x', 1),
  () => target.addEventListener('a'),
  () => target.addEventListener('a', 1),
  () => target.removeEventListener('a'),
  () => target.dispatchEvent({ type: 'x' }),
  () => target.dispatchEvent(),
  () => EventTarget.prototype.addEventListener.call({}, 'a', () => {}),
  () => Event.prototype.preventDefault.call({}),
  () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}),
  () => {
    const t = new EventTarget();
    const ev = new Event('r');
    let inner;
    t.addEventListener('r', () => {
      try {
        t.dispatchEvent(ev);
      } catch (error) {
        inner = `${error.name} ${error.code} ${error.message}`;
      }
    });
    t.dispatchEvent(ev);
    return inner;
  },
]) {
  try {
    console.log('ok', f());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

// A listener's error is reported as uncaught on the next tick, after the other listeners.
const thrower = new EventTarget();
thrower.addEventListener('t', () => {
  throw new Error('listener failed');
});
thrower.addEventListener('t', () => console.log('second listener still runs'));
thrower.addEventListener('t', async () => {
  throw new Error('async listener failed');
});
process.on('uncaughtException', (error) => console.log('uncaught:', error.message));
console.log('dispatch returned', thrower.dispatchEvent(new Event('t')));
console.log('after dispatch');

const util = require('util');
console.log(new EventTarget(), [new EventTarget()], { a: { b: { c: new EventTarget() } } });
console.log(util.inspect(new Event('shown', { cancelable: true })).replace(/timeStamp: [\d.]+/, 'timeStamp: N'));
console.log({ a: { b: { c: new Event('deep') } } });
class Custom extends EventTarget {}
console.log(new Custom(), new Custom() instanceof EventTarget);
