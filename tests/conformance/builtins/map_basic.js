// Map: SameValueZero keys, insertion order, updates, deletion, size, chaining, iterators.
const map = new Map([[1, "one"], ["1", "string one"], [NaN, "nan"]]);
map.set(-0, "zero").set({ k: 1 }, "object").set(1, "ONE");
console.log(map.size, map.get(1), map.get("1"), map.get(NaN), map.get(0), map.get(-0), map.has(+0), map.get({ k: 1 }));
console.log([...map.keys()], [...map.values()]);
console.log(Object.is([...map.keys()][3], 0), map.delete(NaN), map.delete(NaN), map.size, map.has(NaN));
const key = {};
map.set(key, "by identity");
console.log(map.get(key), map.get({}), map.delete(key), map.get(key));
const longKey = "x".repeat(100);
map.set(longKey, "long");
console.log(map.get("x".repeat(50) + "x".repeat(50)));
console.log([...map.entries()].length, [...map].map(([k]) => typeof k).join(","));
map.clear();
console.log(map.size, [...map], map.get(1));
const keys = new Map();
for (let i = 0; i < 1000; i++) keys.set("key" + i, i);
for (let i = 0; i < 1000; i += 2) keys.delete("key" + i);
let sum = 0;
for (const [, value] of keys) sum += value;
console.log(keys.size, sum, keys.get("key999"), keys.get("key998"), [...keys.keys()].slice(0, 3));
const fnKey = () => 1;
const symbolKey = Symbol("k");
const mixed = new Map([[fnKey, "fn"], [symbolKey, "sym"], [null, "null"], [undefined, "undef"], [true, "bool"]]);
console.log(mixed.get(fnKey), mixed.get(symbolKey), mixed.get(null), mixed.get(undefined), mixed.get(true), mixed.get(false));
const it = new Map([["a", 1]]).entries();
console.log(it.next(), it.next(), it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
console.log(new Map(new Map([[1, 2]])).get(1), new Map(null).size, new Map(undefined).size, new Map([]).size);
try {
  new Map(["ab", "cd"]);
} catch (error) {
  console.log(error.name + ": " + error.message);
}
console.log(new Map([[1, 2]].values()).get(1), new Map([{ 0: "zero", 1: "one" }]).get("zero"));
map.set("forEach", 1).set("order", 2);
const visited = [];
map.forEach(function (value, key, owner) {
  visited.push(`${key}=${value}:${owner === map}:${this.tag}`);
}, { tag: "T" });
console.log(visited);
console.log(map, new Map([[{ a: 1 }, [1, 2]]]), new Map());
