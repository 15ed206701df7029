// Map and Set tables under growth, deletion, re-insertion and compaction: keys of every kind,
// equal strings that are different cells, iterators that live across compaction and clear.
const m = new Map();
const keys = [0, -0, NaN, 0 / 0, 1, "1", 1n, "n", "a longer string key, past the short form", true, null, undefined];
const obj = {};
const sym = Symbol("s");
keys.push(obj, sym);
for (const k of keys) m.set(k, typeof k);
console.log(m.size, [...m.keys()].map(String).join("|"));
console.log(m.get(-0), m.get(NaN), m.get(1n), m.get("1"), m.get(obj), m.get(sym), m.has({}), m.get(BigInt(1)));

// Strings built at run time, equal to stored keys but other cells.
const built = new Map();
for (let i = 0; i < 5000; i++) built.set("key" + i, i);
let found = 0;
for (let i = 0; i < 5000; i++) found += built.get(["key", i].join("")) === i ? 1 : 0;
const long = "x".repeat(40);
built.set(long + "y", "long");
console.log(found, built.get("x".repeat(40) + "y"), built.size);

// Deleting most entries, then adding more: iterators keep their place.
const s = new Set();
for (let i = 0; i < 100; i++) s.add(i);
const early = s.values();
const late = s.values();
for (let i = 0; i < 50; i++) late.next();
for (let i = 0; i < 95; i++) s.delete(i);
for (let i = 100; i < 140; i++) s.add(i);
console.log([...early].join(","));
console.log([...late].join(","));
console.log(s.size, s.has(96), s.has(3), s.has(139));

// Re-adding a deleted key goes to the end; clear restarts open iterators.
const order = new Map([["a", 1], ["b", 2], ["c", 3]]);
order.delete("a");
order.set("a", 4);
const it = order.entries();
console.log(JSON.stringify(it.next().value));
order.clear();
order.set("z", 26);
console.log(JSON.stringify([...it]), order.size);

// Many deletions and insertions of the same keys (tombstones reused or compacted away).
const churn = new Map();
for (let round = 0; round < 50; round++) {
  for (let i = 0; i < 200; i++) churn.set(i * 7 + (round % 3), round);
  for (let i = 0; i < 200; i += 2) churn.delete(i * 7 + (round % 3));
}
let total = 0;
for (const [k, v] of churn) total += k + v;
console.log(churn.size, total);

// forEach sees entries added during the walk and skips deleted ones.
const walk = new Set([1, 2, 3]);
const seen = [];
walk.forEach((v) => {
  seen.push(v);
  if (v === 1) { walk.delete(2); walk.add(4); }
});
console.log(seen.join(","));
