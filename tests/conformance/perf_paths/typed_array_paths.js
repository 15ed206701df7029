// (Sloppy mode at the top; `strictSet` is strict.)
// The fast paths for `ta.length` and `ta[i]` / `ta[i] = v` on typed arrays and Buffers, and
// every case where they must give way to the full semantics.

function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
function fill(a, f) {
  for (let i = 0; i < a.length; i++) a[i] = f(i);
  return a;
}
function len(a) { return a.length; }
function get(a, k) { return a[k]; }
function set(a, k, v) { a[k] = v; return a[k]; }
function strictSet(a, k, v) { 'use strict'; a[k] = v; return a[k]; }

// Each element type, through the same sites (polymorphic receivers).
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  const a = fill(new T(8), (i) => i * 100 - 250.75);
  console.log(T.name, len(a), sum(a), Array.from(a).join(','));
  console.log(' ', set(a, 1, 300), set(a, 2, -1), set(a, 3, 1.5), set(a, 4, NaN), set(a, 5, '7'), set(a, 6, 2.5), set(a, 7, 1e10));
}
for (const T of [BigInt64Array, BigUint64Array]) {
  const a = new T(3);
  a[0] = 5n; a[1] = -1n; a[2] = 2n ** 64n + 3n;
  console.log(T.name, len(a), get(a, 0), get(a, 1), get(a, 2), get(a, 3), get(a, -0));
  try { a[0] = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
}

// Buffers: the subclass chain with a dictionary-mode prototype.
const b = Buffer.from('hello, world');
console.log(len(b), sum(b), b.toString());
for (let i = 0; i < b.length; i++) if (b[i] >= 97 && b[i] <= 122) b[i] = b[i] - 32;
console.log(b.toString(), len(b.subarray(2, 5)), len(Buffer.alloc(0)));

// Keys that are not plain in-bounds integer indices.
const u = new Uint8Array([10, 20, 30]);
console.log(get(u, -0), get(u, 0), get(u, 2), get(u, 3), get(u, -1), get(u, 1.5), get(u, NaN), get(u, Infinity), get(u, 2 ** 32), get(u, 2 ** 53));
console.log(get(u, '1'), get(u, '-0'), get(u, '1.0'), get(u, 'length'));
console.log(set(u, -0, 7), u[0], set(u, 3, 9), set(u, -1, 9), set(u, 1.5, 9), set(u, NaN, 9), set(u, '-0', 9), set(u, '1.0', 9), Array.from(u).join(','));
console.log(Object.keys(u).join(','), '1.0' in u, '-0' in u, 3 in u);
console.log(strictSet(u, 5, 1), strictSet(u, 1, 256), strictSet(u, -0, 4), strictSet(u, 1.5, 4), Array.from(u).join(','));
try { strictSet(Object.freeze(new Uint8Array(0)), 0, 1); console.log('no throw'); } catch (e) { console.log(e.name + ': ' + e.message); }

// Values that need conversion, including ones that run code.
let calls = 0;
const tricky = { valueOf() { calls++; return 65; } };
console.log(set(u, 0, tricky), set(u, 5, tricky), calls);
console.log(set(new Uint8ClampedArray(1), 0, tricky), set(new Float32Array(1), 0, 0.1), set(new Float64Array(1), 0, 0.1));
try { set(u, 0, Symbol('s')); } catch (e) { console.log(e.name + ': ' + e.message); }
try { set(u, 0, 1n); } catch (e) { console.log(e.name + ': ' + e.message); }

// A detached buffer: length 0, reads undefined, writes ignored.
const ab = new ArrayBuffer(4);
const d = new Uint8Array(ab);
d[0] = 1;
console.log(len(d), get(d, 0));
structuredClone(ab, { transfer: [ab] });
console.log(len(d), get(d, 0), set(d, 0, 5), sum(d), d.byteLength);

// A detach while converting the value.
const ab2 = new ArrayBuffer(2);
const d2 = new Uint8Array(ab2);
console.log(set(d2, 0, { valueOf() { structuredClone(ab2, { transfer: [ab2] }); return 9; } }), len(d2));

// A resizable buffer: a length-tracking view and a fixed view going out of bounds.
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
fill(tracking, (i) => i + 1);
rab.resize(6);
console.log(len(tracking), len(fixed), get(tracking, 5), set(tracking, 5, 6), sum(tracking));
rab.resize(2);
console.log(len(tracking), len(fixed), get(fixed, 0), set(fixed, 0, 1), get(tracking, 1), get(tracking, 2));

// Subclasses and getters redefined by the user.
class Short extends Uint8Array { get length() { return 2; } }
const s = new Short(5).fill(3);
console.log(len(s), sum(s), s.byteLength);
class Plain extends Uint8Array {}
const p = new Plain(4).fill(1);
console.log(len(p), sum(p));
Object.defineProperty(p, 'length', { value: 1 });
console.log(len(p), sum(p));
const q = new Uint8Array(6);
console.log(len(q));
// (node's own writes read Buffer lengths: print only once the intrinsic getter is back.)
const seen = [];
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const original = Object.getOwnPropertyDescriptor(typedArrayPrototype, 'length');
Object.defineProperty(typedArrayPrototype, 'length', { get() { return 'redefined ' + this.byteLength; }, configurable: true });
seen.push([len(q), len(b), len(p)]);
Object.defineProperty(typedArrayPrototype, 'length', original);
seen.push([len(q), len(b)]);
Object.defineProperty(Uint8Array.prototype, 'length', { get() { return -1; }, configurable: true });
seen.push([len(q), len(b), len(new Int8Array(3))]);
delete Uint8Array.prototype.length;
seen.push([len(q), len(b)]);
Object.defineProperty(Buffer.prototype, 'length', { value: 'own', configurable: true });
seen.push([len(b), len(q)]);
delete Buffer.prototype.length;
seen.push([len(b)]);
Object.defineProperty(typedArrayPrototype, 'length', { get: original.get, set(v) {}, configurable: true });
seen.push([len(q), len(b)]);
Object.defineProperty(typedArrayPrototype, 'length', original);
for (const row of seen) console.log(row.join(' '));
Object.setPrototypeOf(q, Array.prototype);
console.log(len(q), get(q, 0), q instanceof Uint8Array);
Object.setPrototypeOf(q, Uint8Array.prototype);
console.log(len(q));
const frozenLength = new Uint16Array(3);
Object.setPrototypeOf(frozenLength, { length: 42 });
console.log(len(frozenLength), get(frozenLength, 1));

// Prototype elements never shadow a typed array's own indices; other objects still work.
Object.prototype[7] = 'proto';
console.log(get(new Uint8Array(2), 7), get([], 7), get({}, 7));
delete Object.prototype[7];
console.log(len([1, 2, 3]), len('abc'), len({ length: 'x' }), len(function (a, b) {}), get([1, , 3], 1), get('abc', 1));
try { len(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { get(undefined, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
try { set(null, 0, 1); } catch (e) { console.log(e.name + ': ' + e.message); }

// A proxy around a typed array takes the generic path.
const proxied = new Proxy(new Uint8Array([4, 5]), {
  get(target, key) { return key === 'length' ? 10 : Reflect.get(target, key); },
});
console.log(len(proxied), get(proxied, 1), get(proxied, 5));
