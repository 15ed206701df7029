// Typed arrays as iterables and array-likes: spread, for-of, destructuring, Array.from,
// Array.prototype methods called on them, and typed arrays inside other built-ins.
const ta = new Int16Array([3, -1, 4, 1, -5]);
console.log([...ta], Array.from(ta), Array.from(ta, (x) => x * 2), Array.isArray(ta));
const [first, , third, ...rest] = ta;
console.log(first, third, rest);
let sum = 0;
for (const value of ta) sum += value;
console.log(sum, Math.max(...ta), Math.min.apply(null, ta));
for (const [index, value] of ta.entries()) if (index === 2) console.log('entry', index, value);
const iterator = ta[Symbol.iterator]();
console.log(iterator.next(), Object.getPrototypeOf(iterator) === Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Array.prototype.map.call(ta, (x) => x + 0.5));
console.log(Array.prototype.filter.call(ta, (x) => x > 0));
console.log(Array.prototype.slice.call(ta, 1, 3), Array.prototype.join.call(ta, '/'));
console.log(Array.prototype.indexOf.call(ta, 4), Array.prototype.includes.call(ta, -5), Array.prototype.reduce.call(ta, (a, b) => a + b));
console.log(Array.prototype.concat.call([0], ta), [0].concat(ta).length);
const sorted = new Uint8Array([3, 1, 2]);
Array.prototype.sort.call(sorted);
console.log(sorted);
const reversed = new Float32Array([1, 2, 3]);
Array.prototype.reverse.call(reversed);
console.log(reversed);
const filled = new Uint8Array(4);
Array.prototype.fill.call(filled, 300, 1, 3);
console.log(filled);
console.log(Array.prototype.every.call(ta, Number.isInteger), Array.prototype.some.call(ta, (x) => x > 3));
console.log(Array.prototype.toString.call(ta), Object.keys(ta).length, Object.values(ta));
const map = new Map([[new Uint8Array([1]), 'bytes']]);
console.log(map, new Set([new Float64Array([0.5])]));
console.log(JSON.stringify([new Uint8Array([1, 2]), new ArrayBuffer(2), new DataView(new ArrayBuffer(1))]));
console.log(JSON.parse(JSON.stringify(new Int8Array([-1, 1]))));
const words = new Uint16Array(3);
Object.assign(words, { 0: 1, 1: 2, 2: 3 });
console.log(words, Array.from({ length: 2 }, (_, i) => new Uint8Array(i + 1)));
const copy = new Uint8Array([...new Uint8Array([9, 8]), ...[7]]);
console.log(copy, new Float64Array([...ta].reverse()));
function argumentsLength() {
  return arguments.length;
}
console.log(argumentsLength(...new Uint8Array(5)), String.fromCharCode(...new Uint8Array([104, 105])));
