// Set: SameValueZero, add/has/delete/clear, iterators (keys === values), forEach, inspection.
const set = new Set([1, "1", NaN, NaN, 0, -0, 1]);
console.log(set.size, set.has(NaN), set.has(-0), set.has("1"), Object.is([...set][3], 0), [...set]);
console.log(set.add(2) === set, set.delete(1), set.delete(1), set.size);
console.log([...set.keys()].join(), [...set.values()].join(), JSON.stringify([...set.entries()]));
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
const objects = new Set();
const a = { id: "a" };
objects.add(a).add(a).add({ id: "a" });
console.log(objects.size, objects.has(a), objects.has({ id: "a" }));
const order = [];
new Set(["x", "y"]).forEach(function (value, key, owner) {
  order.push(`${value}/${key}/${owner.size}/${this}`);
}, "thisArg");
console.log(order);
console.log(new Set("hello"), new Set(new Set([1, 2])), new Set([[1], [1]]).size);
const words = "the quick the lazy the end".split(" ");
console.log([...new Set(words)].join(" "), new Set(words).size);
const union = new Set([...new Set([1, 2]), ...new Set([2, 3])]);
const intersection = [...new Set([1, 2, 3])].filter((x) => new Set([2, 3, 4]).has(x));
console.log([...union], intersection);
set.clear();
console.log(set.size, set, new Set([1, "a", [2], { b: 3 }]));
const iter = new Set([5]).entries();
console.log(iter, iter.next(), Object.prototype.toString.call(iter));
let sparse = new Set([, 1]);
console.log(sparse.has(undefined), sparse.size);
class Tagged extends Set {}
console.log(new Tagged([1]), new Tagged([1]) instanceof Set);
