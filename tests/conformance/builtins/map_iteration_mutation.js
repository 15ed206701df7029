// Map and Set iteration while mutating: additions are seen, deletions are skipped, clear restarts.
const m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) {
    m.delete(2);
    m.set(4, "d");
  }
  if (k === 4) m.set(1, "updated");
}
console.log(seen, [...m]);
const cleared = new Map([[1, 1], [2, 2]]);
const order = [];
cleared.forEach((value, key) => {
  order.push(key);
  if (key === 1) {
    cleared.clear();
    cleared.set(9, 9);
  }
});
console.log(order, [...cleared]);
const s = new Set([1, 2, 3]);
const visits = [];
for (const v of s) {
  visits.push(v);
  if (v < 6) s.add(v + 3);
  s.delete(v + 1);
}
console.log(visits, [...s]);
const big = new Map();
for (let i = 0; i < 100; i++) big.set(i, i);
const iterator = big.keys();
console.log(iterator.next().value, iterator.next().value);
for (let i = 0; i < 98; i++) big.delete(i);
for (let i = 100; i < 150; i++) big.set(i, i);
const rest = [];
for (const k of iterator) rest.push(k);
console.log(rest.length, rest.slice(0, 4), rest[rest.length - 1]);
const reAdded = new Set(["x", "y"]);
const result = [];
for (const v of reAdded) {
  result.push(v);
  if (v === "x") {
    reAdded.delete("x");
    reAdded.add("x");
  }
  if (result.length > 5) break;
}
console.log(result);
const finished = new Map([[1, 1]]).values();
finished.next();
console.log(finished.next(), finished.next());
const lateMap = new Map();
const late = lateMap.entries();
lateMap.set("late", true);
console.log(late.next().value);
