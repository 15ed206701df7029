// sort: stable, default order by UTF-16 strings, undefined last, holes removed to the end.
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cid", age: 30 },
  { name: "dee", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 30 },
  { name: "gus", age: 25 }, { name: "hal", age: 35 }, { name: "ivy", age: 30 },
  { name: "jon", age: 25 }, { name: "kim", age: 30 }, { name: "lou", age: 35 },
];
console.log(people.sort((a, b) => a.age - b.age).map((p) => p.name).join(","));
console.log([10, 9, 1, 100, 25, -3].sort().join(","), [10, 9, 1, 100, 25, -3].sort((a, b) => b - a).join(","));
console.log(["b", "B", "a", "é", "Z", "ä", "10", "9"].sort().join(","));
const withHoles = [3, undefined, , 1, , undefined, 2];
const sorted = withHoles.sort();
console.log(sorted === withHoles, sorted.length, sorted.join(","), 5 in sorted, 6 in sorted, 4 in sorted);
console.log([true, false, null, "null", 0, "0", -1].sort().join(","));
// Comparator results: NaN counts as 0; non-numbers go through ToNumber.
console.log([3, 1, 2].sort(() => NaN).join(","), [3, 1, 2].sort((a, b) => (a < b ? "-1" : "1")).join(","));
// Array-likes are sorted in place, holes deleted at the end.
const like = { length: 4, 0: "d", 2: "b", 3: "a" };
Array.prototype.sort.call(like);
console.log(like[0], like[1], like[2], like.hasOwnProperty(3), like.length);
// toSorted leaves the original and reads holes as undefined.
const orig = [3, , 1];
const copy = orig.toSorted();
console.log(orig.join(","), copy.join(","), copy.length, 2 in copy, 1 in orig);
console.log([5, 1, 4].toSorted((a, b) => b - a).join(","));
// A large stable sort by a coarse key.
const big = [];
for (let i = 0; i < 500; i++) big.push({ key: (i * 7) % 5, i: i });
big.sort((a, b) => a.key - b.key);
let stable = true;
for (let i = 1; i < big.length; i++) {
  if (big[i - 1].key === big[i].key && big[i - 1].i > big[i].i) stable = false;
}
console.log(stable, big[0].key, big[499].key);
for (const f of [
  () => [1, 2].sort(1),
  () => [1, 2].toSorted("x"),
  () => [1, 2].sort(null),
  () => [2, 1].sort((a, b) => { throw new Error("cmp " + a + b); }),
  () => Array.prototype.sort.call(undefined),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
const keep = [3, 2, 1];
try {
  keep.sort(() => { throw new RangeError("stop"); });
} catch (e) {
  console.log(e.name, keep.join(","));
}
