// Every %TypedArray%.prototype method on ordinary inputs: results, callback arguments,
// species results, negative and fractional indices.
const log = console.log;
const a = new Int16Array([5, -1, 4, 2, 3]);
log(Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array.prototype)));
log(a.at(0), a.at(-1), a.at(-6), a.at(5), a.at(1.7), a.at('2'));
log(a.length, a.byteLength, a.byteOffset, a.buffer.byteLength, a[Symbol.toStringTag]);
log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3));
log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, -4, -3), new Float64Array([1, 2, 3]).copyWithin(5, 0));
log([...a.entries()], [...a.keys()], [...a.values()], a[Symbol.iterator] === a.values);
log(a.every((x) => x > -2), a.every((x, i, o) => o === a && i < 3), a.some((x) => x > 4), a.some((x) => x > 5));
log(new Float32Array(4).fill(1.1), new Uint8Array(5).fill(7, 1, -1), new Uint8Array(3).fill('3', -2), new Int8Array(3).fill(300, 5));
log(a.filter((x) => x > 2), a.filter(function () { return this.keep; }, { keep: true }));
log(a.find((x) => x < 3), a.find((x) => x > 10), a.findIndex((x) => x === 4), a.findIndex((x) => x > 10));
log(a.findLast((x) => x > 2), a.findLastIndex((x) => x > 2), a.findLast((x) => x > 9), a.findLastIndex((x) => x > 9));
const seen = [];
a.forEach(function (value, index, array) {
  seen.push([value, index, array === a, this.marker]);
}, { marker: 'm' });
log(seen);
log(a.includes(4), a.includes(4, 3), a.includes(4, -3), a.includes('4'), new Float64Array([NaN]).includes(NaN), new Float64Array([-0]).includes(0));
log(a.indexOf(4), a.indexOf(4, 3), a.indexOf(3, -1), a.indexOf(9), new Float64Array([NaN]).indexOf(NaN), new Float64Array([0]).indexOf(-0));
log(a.lastIndexOf(4), a.lastIndexOf(4, 1), a.lastIndexOf(5, -6), a.lastIndexOf(3, -1), a.lastIndexOf(3, Infinity));
log(a.join(), a.join(' | '), a.join(undefined), new Uint8Array(0).join('x'), new Float64Array([1e21, 0.1, -0]).join(), String(a), a.toString === Array.prototype.toString);
log(a.map((x, i) => x * i), new Uint8Array([1, 2]).map((x) => x * 200), new Float32Array([1, 2]).map((x) => x / 3));
log(a.reduce((sum, x) => sum + x), a.reduce((sum, x) => sum + x, 100), a.reduceRight((text, x) => text + x, ''), a.reduce((acc, x, i, o) => acc + (o === a ? i : 0), 0));
log(new Uint8Array([1, 2, 3]).reverse(), new Uint8Array([1, 2, 3, 4]).reverse(), new Float64Array([0.5, -0]).reverse());
const target = new Uint8Array(8);
target.set([1, 2, 3]);
target.set(new Uint8Array([7, 8]), 6);
target.set(new Float64Array([300.7, -1]), 3);
target.set({ length: 1, 0: '9' }, 5);
log(target);
const overlap = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
overlap.set(overlap.subarray(0, 4), 2);
log(overlap);
const mixed = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
mixed.set(new Uint16Array(mixed.buffer, 2, 2), 0);
log(mixed);
log(a.slice(), a.slice(1, -1), a.slice(-2), a.slice(3, 1), a.slice(1).buffer !== a.buffer);
const sub = a.subarray(1, 4);
sub[0] = 100;
log(sub, a, sub.byteOffset, sub.buffer === a.buffer, a.subarray(-2), a.subarray(4, 1), new Float64Array(4).subarray(1).byteOffset);
log(new Uint8Array([3, 1, 2]).sort(), new Int8Array([3, -1, 2]).sort(), new Uint8Array([3, 1, 2]).sort((x, y) => y - x));
log(new Float64Array([3, -0, 0, NaN, -Infinity, 1, NaN, -1]).sort());
log(new Float32Array([1.5, 1.25]).sort(() => NaN), new Uint8Array([1, 2, 3]).sort(() => 0));
log(new Uint8Array([1, 2, 3]).toLocaleString(), new Float64Array([1234.5, 0.25]).toLocaleString());
const original = new Uint8Array([3, 1, 2]);
log(original.toReversed(), original.toSorted(), original.toSorted((x, y) => y - x), original.with(0, 9), original.with(-1, 300), original);
log(Uint8Array.from([1, 2, 300]), Uint8Array.from({ length: 2, 1: 5 }), Float32Array.from([1, 2], (x) => x / 3), Int8Array.from(new Set([-1, 200])));
log(Uint8Array.from([1, 2], function (x, i) { return x + i + this.k; }, { k: 10 }), Uint16Array.from('123'), Uint8Array.of(), Uint8Array.of(1, 256, -1), Float64Array.of(0.5, '2'));

class Tracked extends Uint8Array {}
const tracked = new Tracked([1, 2, 3, 4]);
log(tracked.map((x) => x).constructor.name, tracked.filter(() => true).constructor.name, tracked.slice(1).constructor.name, tracked.subarray(1).constructor.name);
log(tracked.toReversed().constructor.name, tracked.toSorted().constructor.name, tracked.with(0, 1).constructor.name);
class Widened extends Uint8Array {
  static get [Symbol.species]() {
    return Float64Array;
  }
}
const widened = new Widened([1, 2, 3]);
log(widened.map((x) => x / 2), widened.slice(1), widened.filter((x) => x > 1));
