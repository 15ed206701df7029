'use strict';
// `.length` of typed arrays through the inline length record: every guard it relies on.
function lengthOf(x) {
  return x.length;
}
function sumLengths(list) {
  let total = 0;
  for (const x of list) total += lengthOf(x);
  return total;
}
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const Kind of kinds) {
  const a = new Kind(7);
  let n = 0;
  for (let i = 0; i < a.length; i++) n++;
  console.log(Kind.name, lengthOf(a), lengthOf(a), n);
}
show('bigint kinds', () => [lengthOf(new BigInt64Array(3)), lengthOf(new BigUint64Array(5))].join(','));
show('empty', () => lengthOf(new Uint8Array(0)));
show('subarray', () => lengthOf(new Uint8Array(10).subarray(2, 7)));
show('view on buffer', () => lengthOf(new Int32Array(new ArrayBuffer(32), 8, 3)));
show('buffer', () => lengthOf(Buffer.from('hello world')));
show('mixed receivers', () => sumLengths([new Uint8Array(3), [1, 2], 'abcd', { length: 10 }, new Float64Array(2), function (a, b) {}]));

// A length-tracking view of a resizable buffer: no element tag, the runtime answers.
show('resizable', () => {
  const buffer = new ArrayBuffer(8, { maxByteLength: 64 });
  const view = new Uint8Array(buffer);
  const out = [lengthOf(view)];
  buffer.resize(32);
  out.push(lengthOf(view));
  buffer.resize(4);
  out.push(lengthOf(view));
  return out.join(',');
});
show('fixed view out of bounds', () => {
  const buffer = new ArrayBuffer(16, { maxByteLength: 64 });
  const view = new Uint8Array(buffer, 0, 12);
  const out = [lengthOf(view)];
  buffer.resize(8);
  out.push(lengthOf(view));
  buffer.resize(16);
  out.push(lengthOf(view));
  return out.join(',');
});

// Detaching the buffer: the length becomes 0.
show('detached', () => {
  const a = new Uint8Array(16);
  const out = [lengthOf(a)];
  structuredClone(a.buffer, { transfer: [a.buffer] });
  out.push(lengthOf(a), a.byteLength);
  return out.join(',');
});
show('detached inside the loop', () => {
  const a = new Uint8Array(8);
  let steps = 0;
  for (let i = 0; i < a.length; i++) {
    steps++;
    if (i === 3) structuredClone(a.buffer, { transfer: [a.buffer] });
  }
  return [steps, lengthOf(a)].join(',');
});
// Collections move the prototype epoch: the record is refilled.
show('across collections', () => {
  const a = new Int16Array(50);
  let total = 0;
  let junk = [];
  for (let round = 0; round < 200; round++) {
    for (let i = 0; i < a.length; i++) {
      total += a.length;
      junk.push({ round, i, text: 'x' + i });
    }
    if (junk.length > 5000) junk = [];
  }
  return total;
});

// An own `length` on one typed array (its shape changes).
show('own length', () => {
  const a = new Uint8Array(5);
  const b = new Uint8Array(6);
  const out = [lengthOf(a), lengthOf(b)];
  Object.defineProperty(a, 'length', { value: 'own' });
  out.push(lengthOf(a), lengthOf(b));
  return out.join(',');
});

// A subclass with its own getter, and one without.
class Wide extends Uint16Array {
  get length() {
    return super.length * 100;
  }
}
class Plain extends Uint16Array {}
show('subclass getter', () => [lengthOf(new Wide(3)), lengthOf(new Plain(3)), lengthOf(new Uint16Array(3))].join(','));
show('getter on subclass prototype later', () => {
  class Late extends Int8Array {}
  const a = new Late(4);
  const out = [lengthOf(a), lengthOf(a)];
  Object.defineProperty(Late.prototype, 'length', { get() { return -1; }, configurable: true });
  out.push(lengthOf(a));
  delete Late.prototype.length;
  out.push(lengthOf(a));
  return out.join(',');
});
show('setPrototypeOf', () => {
  const a = new Uint8Array(9);
  const out = [lengthOf(a)];
  Object.setPrototypeOf(a, { length: 'from proto' });
  out.push(lengthOf(a));
  Object.setPrototypeOf(a, Uint8Array.prototype);
  out.push(lengthOf(a));
  return out.join(',');
});

// Redefining the intrinsic getter itself (same attributes: only the accessor pair changes).
show('redefine %TypedArray%.prototype.length', () => {
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const original = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length');
  const a = new Uint8Array(3);
  const out = [lengthOf(a)];
  Object.defineProperty(TypedArrayPrototype, 'length', { get() { return 'patched ' + original.get.call(this); }, configurable: true });
  out.push(lengthOf(a), lengthOf(new Float32Array(2)));
  Object.defineProperty(TypedArrayPrototype, 'length', original);
  out.push(lengthOf(a));
  Object.defineProperty(Uint8Array.prototype, 'length', { value: 42, configurable: true });
  out.push(lengthOf(a), lengthOf(new Int8Array(2)));
  delete Uint8Array.prototype.length;
  out.push(lengthOf(a));
  return out.join(',');
});
show('a getter that throws', () => {
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const original = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length');
  Object.defineProperty(TypedArrayPrototype, 'length', { get() { throw new RangeError('no length'); }, configurable: true });
  try {
    return lengthOf(new Uint8Array(1));
  } finally {
    Object.defineProperty(TypedArrayPrototype, 'length', original);
  }
});
show('after restore', () => lengthOf(new Uint8Array(11)));
show('non-objects', () => [lengthOf('xyz'), lengthOf(''), String(lengthOf(5)), String(lengthOf(true))].join(','));
show('null receiver', () => lengthOf(null));
show('undefined receiver', () => lengthOf(undefined));

// The streaming loop's shape: upper-case ASCII letters in place.
const text = 'Hello, World! abc xyz {}`~ 0123';
const bytes = Buffer.from(text);
for (let i = 0; i < bytes.length; i++) {
  const byte = bytes[i];
  if (byte >= 97 && byte <= 122) bytes[i] = byte - 32;
}
console.log(bytes.toString());
