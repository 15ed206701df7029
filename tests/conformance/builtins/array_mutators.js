// push/pop/shift/unshift/reverse/fill/copyWithin on arrays, holes and array-likes.
function show(a) {
  let out = [];
  for (let i = 0; i < a.length; i++) out.push(i in a ? String(a[i]) : "_");
  return "[" + out.join(",") + "]";
}
const q = [1, 2, 3];
console.log(q.shift(), q.pop(), q.unshift(7, 8), show(q), [].pop(), [].shift(), q.unshift(), show(q));
const h = [1, , 3, , 5];
console.log(h.shift(), show(h), h.pop(), show(h));
console.log(show([1, , 3, , 5, 6].reverse()), show([1, 2, 3, 4].reverse()), show([].reverse()));
const like = { length: 3, 0: "a", 2: "c" };
Array.prototype.reverse.call(like);
console.log(like[0], like.hasOwnProperty(1), like[2]);
const like2 = { length: 2, 0: "x", 1: "y" };
console.log(Array.prototype.shift.call(like2), like2.length, like2[0], like2.hasOwnProperty(1));
console.log(Array.prototype.pop.call({}), Array.prototype.unshift.call({ length: 1, 0: "b" }, "a"));
const noLength = {};
Array.prototype.pop.call(noLength);
console.log(noLength.length);
console.log(show([1, 2, 3, 4, 5].fill(0)), show([1, 2, 3, 4, 5].fill(9, 1, 3)), show([1, 2, 3, 4, 5].fill(8, -2)), show(new Array(3).fill("x")));
const filled = Array.prototype.fill.call({ length: 2 }, 1);
console.log(filled[0], filled[1], filled.length);
const copies = [[0, 3], [1, 3], [0, 3, 4], [-2, -3, -1], [2, 0], [1, 0, 5], [0, 1, -1]];
for (const args of copies) {
  const a = [1, 2, 3, 4, 5];
  console.log(args.join(" "), show(a.copyWithin.apply(a, args)));
}
console.log(show([1, , 3, 4].copyWithin(0, 1)), show([1, 2, , 4].copyWithin(2, 0)));
// A big queue: shift and push keep order.
const queue = [];
for (let i = 0; i < 1000; i++) queue.push(i);
let sum = 0;
while (queue.length > 500) sum += queue.shift();
for (let i = 0; i < 10; i++) queue.unshift(-i);
console.log(sum, queue.length, queue[0], queue[10], queue[queue.length - 1]);
