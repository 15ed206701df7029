// Element conversions on write: modular integer wrapping, Uint8Clamped's round-half-to-even,
// Float32 rounding (as Math.fround), NaN/Infinity/-0, strings and objects with valueOf.
const inputs = [0, -0, 1.5, 2.5, -1.5, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 1e20, -1e20, NaN, Infinity, -Infinity, 0.49999999999999994, 254.5, 253.5, '42', ' 7 ', '0x10', 'abc', '', null, undefined, true, false];
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  const array = new T(inputs.length);
  inputs.forEach((value, index) => {
    array[index] = value;
  });
  console.log(T.name, Array.from(array).map((x) => (Object.is(x, -0) ? '-0' : String(x))).join(' '));
}

const floats = [0.1, 1 / 3, 16777217, 3.4028235677973366e38, 3.5e38, 1e-45, 1e-46, -1e-46, 5e-324, Math.PI];
const f32 = new Float32Array(floats);
console.log(floats.every((x, i) => Object.is(f32[i], Math.fround(x))));
console.log(Array.from(f32));

let calls = 0;
const counted = { valueOf() { calls++; return 7; } };
const target = new Uint8Array(2);
target[0] = counted;
target[5] = counted;
target['-0'] = counted;
target[1.5] = counted;
console.log(target, calls);
try {
  target[0] = Symbol('x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  target[9] = { valueOf() { throw new Error('from valueOf'); } };
} catch (e) {
  console.log(e.name + ': ' + e.message);
}

const bytes = new Uint8Array(new Float64Array([1, -2, NaN, Infinity]).buffer);
console.log(bytes);
const halves = new Uint8Array(new Float32Array([1.5, -0]).buffer);
console.log(halves);
const words = new Uint16Array(new Uint8Array([1, 2, 3, 4]).buffer);
console.log(words);
