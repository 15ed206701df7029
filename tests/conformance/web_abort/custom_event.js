// CustomEvent: an Event with `detail`.
const e = new CustomEvent('ping', { detail: { n: 1 }, cancelable: true });
console.log(e instanceof Event, e.type, e.detail, e.cancelable, Object.prototype.toString.call(e), new CustomEvent('x').detail);
const t = new EventTarget();
t.addEventListener('ping', (ev) => console.log('got', ev.type, ev.detail.n, ev.target === t));
console.log(t.dispatchEvent(e));
class Bus extends EventTarget { fire(name, data) { this.dispatchEvent(new CustomEvent(`cmd:${name}`, { detail: data })); } }
const b = new Bus();
b.addEventListener('cmd:build', (ev) => console.log('build', ev.detail));
b.fire('build', [1, 2]);
try { new CustomEvent(); } catch (err) { console.log(err.name, err.code, err.message); }
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call({}); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.keys(CustomEvent.prototype), CustomEvent.name, CustomEvent.length, typeof globalThis.CustomEvent);
