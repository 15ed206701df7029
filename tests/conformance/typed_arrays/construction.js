// Typed array construction: from a length, an array, an iterable, an array-like, another
// typed array and a buffer with offset and length; the constructors' shape and prototype chain.
function show(label, f) {
  try {
    const value = f();
    console.log(label, value);
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  console.log(T.name, T.length, T.BYTES_PER_ELEMENT, T.prototype.BYTES_PER_ELEMENT, new T(2).length, new T(3).byteLength);
}
const TypedArray = Object.getPrototypeOf(Int8Array);
console.log(TypedArray.name, TypedArray.length, typeof TypedArray.from, typeof TypedArray.of);
console.log(types.every((T) => Object.getPrototypeOf(T.prototype) === TypedArray.prototype));
console.log(Object.getOwnPropertyNames(Uint8Array), Object.getOwnPropertyNames(Uint8Array.prototype));
console.log(Object.getOwnPropertyDescriptor(Uint8Array, 'BYTES_PER_ELEMENT'));
console.log(TypedArray[Symbol.species] === TypedArray, Uint8Array[Symbol.species] === Uint8Array);

show('length', () => new Uint8Array(4));
show('string length', () => new Int16Array('3'));
show('fraction', () => new Float64Array(2.7));
show('no argument', () => new Uint8Array());
show('undefined', () => new Uint8Array(undefined));
show('null', () => new Uint8Array(null));
show('true', () => new Uint8Array(true));
show('array', () => new Int8Array([1, -2, 3.9, '4', null, undefined, true]));
show('holes', () => new Float32Array([1, , 3]));
show('array-like', () => new Uint16Array({ length: 3, 0: 7, 2: 9 }));
show('negative array-like length', () => new Uint8Array({ length: -5 }));
show('string source', () => new Uint8Array('12'));
show('set', () => new Uint8Array(new Set([5, 6, 7])));
show('map keys', () => new Float64Array(new Map([[1.5, 'a'], [2.5, 'b']]).keys()));
function* numbers() {
  yield 10;
  yield 20;
  yield 30;
}
show('generator', () => new Int32Array(numbers()));
show('custom iterable', () => new Uint8Array({ [Symbol.iterator]: () => [9, 8].values(), length: 5 }));
show('typed array copy', () => new Int8Array(new Float64Array([1.5, 200, -129])));
show('same type copy', () => {
  const source = new Uint8Array([1, 2, 3]);
  const copy = new Uint8Array(source);
  copy[0] = 99;
  return [source[0], copy[0], copy.buffer !== source.buffer];
});

const buffer = new ArrayBuffer(8);
show('buffer', () => new Uint8Array(buffer));
show('buffer offset', () => new Uint8Array(buffer, 3));
show('buffer offset length', () => new Uint16Array(buffer, 2, 3));
show('shared view', () => {
  const whole = new Uint8Array(buffer);
  const part = new Uint16Array(buffer, 2, 1);
  part[0] = 0x0102;
  return whole;
});
show('string offset', () => new Uint8Array(buffer, '4', '2').byteOffset);
show('offset at end', () => new Uint8Array(buffer, 8).length);
show('undefined offset and length', () => new Int32Array(buffer, undefined, undefined).length);

show('negative length', () => new Uint8Array(-1));
show('negative fraction', () => new Uint8Array(-1.5));
show('infinite length', () => new Float64Array(Infinity));
show('too long', () => new Uint8Array(2 ** 32 + 1));
show('symbol length', () => new Uint8Array(Symbol('s')));
show('call without new', () => Uint8Array(1));
show('abstract', () => new TypedArray());
show('abstract call', () => TypedArray());
show('misaligned offset', () => new Uint16Array(new ArrayBuffer(4), 1));
show('misaligned length', () => new Uint32Array(new ArrayBuffer(6)));
show('offset past end', () => new Uint8Array(new ArrayBuffer(4), 10));
show('negative offset', () => new Uint8Array(new ArrayBuffer(4), -1));
show('length past end', () => new Uint8Array(new ArrayBuffer(4), 2, 10));
show('negative length with buffer', () => new Uint8Array(new ArrayBuffer(4), 1, -1));
show('aligned overflow', () => new Uint32Array(new ArrayBuffer(8), 4, 2));

class Bytes extends Uint8Array {
  sum() {
    return this.reduce((a, b) => a + b, 0);
  }
}
const bytes = new Bytes([1, 2, 3]);
show('subclass', () => [bytes instanceof Bytes, bytes instanceof Uint8Array, bytes.sum(), bytes.constructor.name]);
show('subclass map', () => bytes.map((x) => x * 2) instanceof Bytes);
show('subclass inspect', () => bytes);
show('super with new.target', () => {
  class Viaduct extends Uint8Array {
    constructor(n) {
      super(n);
      this.tag = 'v';
    }
  }
  const made = new Viaduct(2);
  return [Object.getPrototypeOf(made) === Viaduct.prototype, made.length, made.tag];
});
