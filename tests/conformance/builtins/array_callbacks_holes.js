// forEach/map/filter/every/some: holes skipped, callback arguments, thisArg, array-likes.
const sparse = [1, , 3, , 5];
const seen = [];
sparse.forEach(function (value, index, array) {
  seen.push(index + ":" + value + ":" + (array === sparse) + ":" + this.tag);
}, { tag: "t" });
console.log(seen.join(" "));
const doubled = sparse.map((x) => x * 2);
console.log(doubled.length, 1 in doubled, doubled.join(","));
console.log(sparse.filter((x) => x > 1).join(","), sparse.filter(() => true).length);
console.log(sparse.every((x) => x !== undefined), sparse.some((x) => x === undefined));
console.log([].every((x) => false), [].some((x) => true));
const like = { length: 3, 0: "a", 2: "c" };
console.log(Array.prototype.map.call(like, (s) => s + s).join("|"));
console.log(Array.prototype.filter.call("hello", (c, i) => i % 2 === 0).join(""));
// Elements appended during iteration are not visited; deleted ones are skipped.
const grow = [1, 2, 3];
let visits = 0;
grow.forEach((x) => {
  visits++;
  grow.push(x);
});
console.log(visits, grow.length);
const shrink = [1, 2, 3, 4];
const order = [];
shrink.forEach((x, i) => {
  order.push(x);
  if (i === 0) delete shrink[2];
});
console.log(order.join(","));
// every/some stop at the first decisive element.
let calls = 0;
console.log([1, 2, 3, 4].some((x) => (calls++, x === 2)), calls);
calls = 0;
console.log([1, 2, 3, 4].every((x) => (calls++, x < 2)), calls);
// Truthiness of callback results.
console.log([0, 1, "", "a", null, {}].filter((x) => x).length);
