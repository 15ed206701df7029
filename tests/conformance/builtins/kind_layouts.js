// Objects whose kinds were repacked to keep objects small: typed arrays (length and view),
// natives carrying data (events' once wrappers, Math intrinsics, proxy revocation), class
// methods' home objects, and promises' rejection tracking.
const bytes = new Uint8Array(16);
for (let i = 0; i < bytes.length; i++) bytes[i] = i * 17;
const middle = bytes.subarray(4, 12);
console.log(bytes.length, middle.length, middle.byteOffset, middle[0], middle[7], middle[8]);
const floats = new Float64Array(new ArrayBuffer(64), 16, 3);
floats[2] = 2.5;
console.log(floats.length, floats.byteOffset, floats[2], floats[3]);

const resizable = new ArrayBuffer(8, { maxByteLength: 64 });
const tracking = new Uint16Array(resizable);
const fixed = new Uint16Array(resizable, 2, 2);
resizable.resize(32);
console.log(tracking.length, fixed.length);
resizable.resize(4);
console.log(tracking.length, fixed.length, fixed[0]);

const source = new ArrayBuffer(8);
const view = new Int32Array(source);
view[1] = 7;
const moved = structuredClone(source, { transfer: [source] });
console.log(view.length, view[1], source.byteLength, new Int32Array(moved)[1]);
const wide = new BigInt64Array(2);
wide[1] = -5n;
console.log(wide.length, wide[1]);

const { EventEmitter } = require('events');
const emitter = new EventEmitter();
const listener = (value) => console.log('once got', value);
emitter.once('tick', listener);
console.log(emitter.listeners('tick')[0] === listener, emitter.rawListeners('tick')[0] === listener);
emitter.removeListener('tick', listener);
emitter.emit('tick', 1);
emitter.once('tick', listener);
emitter.emit('tick', 2);
emitter.emit('tick', 3);

const sqrt = Math.sqrt;
console.log(sqrt(81), [1, 4, 9].map(Math.sqrt), Math.max.apply(null, [3, 8, 1]));
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
console.log(proxy.a);
revoke();
revoke();
try {
  proxy.a;
} catch (error) {
  console.log(error.constructor.name, error.message);
}
const bound = function (x) { return this.base + x; }.bind({ base: 10 });
console.log(bound(5), bound.name);

class Base {
  who() { return 'base'; }
}
class Derived extends Base {
  who() { return 'derived of ' + super.who(); }
}
const literal = { __proto__: { hello() { return 'proto hello'; } }, hello() { return super.hello() + '!'; } };
console.log(new Derived().who(), literal.hello());

process.on('unhandledRejection', (reason) => console.log('unhandled', reason.message));
process.on('rejectionHandled', () => console.log('handled late'));
const rejected = Promise.reject(new Error('late'));
setTimeout(() => {
  rejected.catch((error) => console.log('caught', error.message));
}, 10);
Promise.reject(new Error('early')).catch((error) => console.log('caught', error.message));
