'use strict';
// Typed-array element reads and writes `ta[i]` / `ta[i] = v` at computed-member sites, which
// compiled code answers inline for the element kinds when the index is an in-bounds integer and
// the view is valid: every edge of that path (index forms, value conversions, detached and
// resized buffers, subarray offsets, Buffer) and the runtime path it falls back to.

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];

// One polymorphic read site and one write site, used for every kind and for plain arrays.
function get(target, key) {
  return target[key];
}
function set(target, key, value) {
  target[key] = value;
  return target;
}
function show(value) {
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  if (typeof value === 'bigint') return value + 'n';
  return String(value);
}

console.log('-- index forms');
const keys = [0, 3, 4, 5, -1, -0, 1.5, 0.5, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 32 + 1, 2 ** 53, 2 ** 63, -(2 ** 63), '1', '-0', '1.0', 'x'];
for (const Kind of kinds) {
  const array = new Kind([1, 2, 3, 4]);
  const reads = keys.map((key) => show(get(array, key)));
  console.log(Kind.name, reads.join(' '));
  for (const key of keys) {
    set(array, key, 9);
  }
  console.log(' after writes', Array.from(array).join(','), Object.keys(array).join(','), JSON.stringify(Object.getOwnPropertyNames(array)));
}

console.log('-- values written');
const values = [0, -0, 1, -1, 1.5, -1.5, 2.5, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 2 ** 32 + 5, -(2 ** 32) - 5, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 63, -(2 ** 63), 2 ** 64, 1e300, -1e300, 1.1, 16777217, 3.4e38, 1e40, -1e40, 1e-46, 5e-324, NaN, Infinity, -Infinity, 0.49999999999999994, 254.5, 255.5, -0.5];
for (const Kind of kinds) {
  const array = new Kind(1);
  const stored = values.map((value) => show(set(array, 0, value)[0]));
  console.log(Kind.name, stored.join(' '));
}

console.log('-- Uint8Clamped rounds half to even');
const clamped = new Uint8ClampedArray(1);
console.log([0.5, 1.5, 2.5, 3.5, -0.5, 0.4, 0.6, 253.5, 254.5, 254.6, 255.4].map((value) => set(clamped, 0, value)[0]).join(' '));

console.log('-- Float32 rounding');
const single = new Float32Array(1);
console.log([0.1, 1 / 3, 16777217, 16777219, 3.4028235677973366e38, 3.4028236e38, 1.401298464324817e-45, 7e-46, -7e-46].map((value) => show(set(single, 0, value)[0])).join(' '));

console.log('-- non-numbers are converted once');
let calls = 0;
const counted = { valueOf() { calls++; return 7.9; } };
for (const Kind of kinds) {
  calls = 0;
  const array = new Kind(2);
  set(array, 1, counted);
  set(array, 5, counted); // out of bounds: still converted (TypedArraySetElement step 1)
  set(array, 1.5, counted);
  console.log(Kind.name, show(array[1]), 'valueOf calls', calls);
}
const mixed = new Int16Array(6);
['12', '0x10', ' 7 ', 'abc', true, false, null, undefined, [3], {}].forEach((value, index) => {
  set(mixed, index % 6, value);
  console.log(JSON.stringify(value), '->', show(mixed[index % 6]));
});
for (const value of [1n, Symbol('s')]) {
  try {
    set(new Uint8Array(1), 0, value);
    console.log('no error');
  } catch (error) {
    console.log(error.name + ': ' + error.message);
  }
}
const bigints = new BigInt64Array(2);
set(bigints, 0, 5n);
set(bigints, 1, -(2n ** 63n));
console.log('BigInt64Array', show(get(bigints, 0)), show(get(bigints, 1)), show(get(bigints, 2)));
try {
  set(bigints, 0, 1);
} catch (error) {
  console.log(error.name + ': ' + error.message);
}

console.log('-- NaN payloads read back as NaN');
const raw = new Uint32Array(2);
const doubles = new Float64Array(raw.buffer);
for (const [low, high] of [[0, 0xfff80000], [1, 0x7ff00000], [0, 0xfff90000], [0x12345, 0xfffb0000], [0xffffffff, 0xffffffff]]) {
  set(raw, 0, low);
  set(raw, 1, high);
  const value = get(doubles, 0);
  console.log(typeof value, show(value), Number.isNaN(value), value === value, show(value + 1));
}
const floats = new Float32Array(new Uint32Array([0xffc00001, 0x7f800001]).buffer);
console.log(typeof get(floats, 0), show(get(floats, 0)), show(get(floats, 1)), show(get(floats, 0) * 2));

console.log('-- subarray offsets');
const base = new Uint8Array([10, 11, 12, 13, 14, 15, 16, 17]);
const middle = base.subarray(2, 6);
console.log(get(middle, 0), get(middle, 3), show(get(middle, 4)), show(get(middle, -1)));
set(middle, 0, 100);
set(middle, 3, 103);
set(middle, 4, 104);
console.log(Array.from(base).join(','));
const wide = new Int32Array(new ArrayBuffer(24), 8, 3);
for (let i = 0; i < 5; i++) set(wide, i, -i * 1000);
console.log(Array.from(wide).join(','), Array.from(new Int32Array(wide.buffer)).join(','));
const halves = new Uint16Array(new Uint8Array([1, 2, 3, 4, 5, 6]).buffer, 2);
console.log(Array.from(halves).join(','), get(halves, 1));

console.log('-- detached buffers');
for (const Kind of [Uint8Array, Float64Array, Int16Array]) {
  const buffer = new ArrayBuffer(32);
  const view = new Kind(buffer);
  const offsetView = new Kind(buffer, Kind.BYTES_PER_ELEMENT, 2);
  set(view, 1, 42);
  console.log(Kind.name, 'before', get(view, 1), get(offsetView, 0));
  structuredClone(buffer, { transfer: [buffer] });
  console.log(' after', show(get(view, 1)), show(get(offsetView, 0)), view.length, offsetView.length, buffer.byteLength);
  calls = 0;
  set(view, 1, counted);
  set(view, 0, 5);
  console.log(' writes ignored', show(get(view, 0)), 'valueOf calls', calls);
}
// valueOf detaches the buffer between the conversion and the store.
const victimBuffer = new ArrayBuffer(4);
const victim = new Uint8Array(victimBuffer);
set(victim, 0, { valueOf() { structuredClone(victimBuffer, { transfer: [victimBuffer] }); return 9; } });
console.log('detached by valueOf', show(get(victim, 0)), victim.length);

console.log('-- resizable buffers');
const resizable = new ArrayBuffer(8, { maxByteLength: 16 });
const fixedView = new Uint8Array(resizable, 2, 4);
const tracking = new Uint8Array(resizable, 4);
const trackingWide = new Uint16Array(resizable);
for (let i = 0; i < 8; i++) set(fixedView, i, i + 1);
for (let i = 0; i < 8; i++) set(tracking, i, i + 50);
console.log(Array.from(new Uint8Array(resizable)).join(','), fixedView.length, tracking.length, trackingWide.length);
resizable.resize(5);
console.log('shrunk', show(get(fixedView, 0)), show(get(fixedView, 3)), fixedView.length, show(get(tracking, 0)), show(get(tracking, 1)), tracking.length, show(get(trackingWide, 2)));
set(fixedView, 0, 77);
set(tracking, 0, 78);
console.log(Array.from(new Uint8Array(resizable)).join(','));
resizable.resize(16);
set(tracking, 11, 99);
set(trackingWide, 7, 0x1234);
console.log('grown', get(fixedView, 0), get(fixedView, 3), fixedView.length, get(tracking, 11), tracking.length, get(trackingWide, 7), trackingWide.length);
console.log(Array.from(new Uint8Array(resizable)).join(','));
const growable = new SharedArrayBuffer(4, { maxByteLength: 8 });
const shared = new Int8Array(growable);
set(shared, 3, -3);
growable.grow(8);
set(shared, 7, -7);
console.log('growable', get(shared, 3), get(shared, 7), shared.length);
const fixedShared = new Uint32Array(new SharedArrayBuffer(8));
set(fixedShared, 1, 2 ** 32 - 1);
console.log('shared', get(fixedShared, 1), show(get(fixedShared, 2)));

console.log('-- Buffer');
const text = Buffer.from('Hello, World! abc xyz');
for (let i = 0; i < text.length; i++) {
  const byte = get(text, i);
  if (byte >= 97 && byte <= 122) set(text, i, byte - 32);
}
console.log(text.toString());
const pooled = Buffer.allocUnsafe(8).fill(0);
for (let i = 0; i < 10; i++) set(pooled, i, i * 30);
console.log(Array.from(pooled).join(','), pooled.byteOffset >= 0, show(get(pooled, 8)));
const sliced = Buffer.from('abcdef').subarray(1, 4);
set(sliced, 0, 0x5a);
console.log(sliced.toString(), show(get(sliced, 3)));

console.log('-- integer indices never reach the prototype');
Object.defineProperty(Uint8Array.prototype, '7', { get() { return 'from prototype'; }, set() { console.log('prototype setter'); }, configurable: true });
const small = new Uint8Array(4);
console.log(show(get(small, 7)), show(get(small, 3)));
set(small, 7, 1);
console.log(Object.keys(small).join(','));
delete Uint8Array.prototype[7];
class Bytes extends Uint8Array {}
const subclassed = new Bytes(3);
set(subclassed, 2, 258);
console.log(get(subclassed, 2), show(get(subclassed, 3)), subclassed instanceof Bytes);
const frozenEmpty = Object.freeze(new Uint8Array(0));
set(frozenEmpty, 0, 1);
console.log('frozen empty', show(get(frozenEmpty, 0)));
try {
  (function () {
    'use strict';
    const strictTarget = new Uint8Array(2);
    strictTarget[5] = 1;
    strictTarget[-1] = 1;
    strictTarget[1.5] = 1;
    console.log('strict out-of-bounds writes are ignored', strictTarget.length);
  })();
} catch (error) {
  console.log(error.name + ': ' + error.message);
}

console.log('-- the same sites with other receivers');
const plain = [1, , 3];
console.log(show(get(plain, 1)), show(get(plain, 0)), show(get('text', 1)), show(get({ 2: 'two' }, 2)), show(get(new Map(), 0)));
set(plain, 1, 'filled');
set(plain, 5, 'far');
console.log(JSON.stringify(plain));
try {
  get(undefined, 0);
} catch (error) {
  console.log(error.name + ': ' + error.message);
}
const arguments_like = (function () { return arguments; })(4, 5);
console.log(get(arguments_like, 1), show(get(arguments_like, 2)));

console.log('-- seeded sweep');
let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pool = [0, 1, -1, 0.5, -0.5, 255.5, 1e10, -1e10, NaN, Infinity, 2 ** 31, 2 ** 32, 2 ** 53, 1 / 3, -0, 3.4e38];
for (const Kind of kinds) {
  const array = new Kind(16);
  let hash = 0;
  for (let step = 0; step < 2000; step++) {
    const index = Math.floor(random() * 20) - 2;
    const value = random() < 0.5 ? pool[Math.floor(random() * pool.length)] : (random() - 0.5) * 2 ** Math.floor(random() * 40);
    set(array, index, value);
    const read = get(array, Math.floor(random() * 18));
    const text = show(read);
    for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  }
  console.log(Kind.name, hash, Array.from(array).slice(0, 4).map(show).join(','));
}
