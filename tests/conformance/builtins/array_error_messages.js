// node's TypeError/RangeError texts for misuse of Array.prototype methods.
const frozen = Object.freeze([1, 2, 3]);
const tests = [
  () => [].map(),
  () => [].forEach(1),
  () => [].filter("abc"),
  () => [].some({}),
  () => [].every([]),
  () => [].find(null),
  () => [].findLastIndex(undefined),
  () => Array.prototype.map.call(null, (x) => x),
  () => Array.prototype.forEach.call(undefined, (x) => x),
  () => Array.prototype.includes.call(null, 1),
  () => Array.prototype.at.call(undefined, 0),
  () => frozen.pop(),
  () => frozen.shift(),
  () => frozen.unshift(0),
  () => frozen.reverse(),
  () => frozen.fill(0),
  () => frozen.copyWithin(0, 1),
  () => frozen.splice(0, 1),
  () => frozen.sort(),
  () => { const a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); a.pop(); },
  () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false }); a.length = 0; a.pop(); },
  () => Array.prototype.unshift.call(Object.preventExtensions({ length: 0 }), 1),
  () => Array.prototype.fill.call(Object.defineProperty({ length: 1 }, "0", { get: function () { return 1; } }), 0),
  () => Array.prototype.unshift.call({ length: 9007199254740991 }, 1),
  () => Array.prototype.splice.call({ length: 9007199254740991 }, 0, 0, 1),
  () => Array.prototype.toReversed.call({ length: 4294967296 }),
  () => Array.prototype.toSpliced.call({ length: 9007199254740991 }, 0, 0, 1),
  () => new Array(-1),
  () => { const a = [1]; a.constructor = {}; a.constructor[Symbol.species] = 1; a.map((x) => x); },
];
for (const t of tests) {
  try {
    const r = t();
    console.log("no error", String(r));
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
console.log(frozen.join(","), Object.isFrozen(frozen));
