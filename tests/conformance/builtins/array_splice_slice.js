// splice, slice, toSpliced and with: argument arithmetic and holes.
function show(a) {
  let out = [];
  for (let i = 0; i < a.length; i++) out.push(i in a ? String(a[i]) : "_");
  return "[" + out.join(",") + "]";
}
const cases = [[], [1], [-2], [1, 2], [1, 0, "a", "b"], [-1, 1, "x"], [2, Infinity], [-Infinity, 2], [NaN, NaN, "n"], [10, 1, "end"], [1, -5], [1.9, 1.9]];
for (const args of cases) {
  const a = [0, 1, 2, 3, 4];
  const removed = a.splice.apply(a, args);
  const b = [0, 1, 2, 3, 4];
  const spliced = b.toSpliced.apply(b, args);
  console.log(paren(args), show(removed), show(a), show(spliced), show(b));
}
function paren(args) {
  return "(" + args.map(String).join(" ") + ")";
}
const holey = [0, , 2, , 4];
console.log(show(holey.splice(1, 2, "x")), show(holey), show([0, , 2].toSpliced(0, 0)));
const like = { length: 5, 0: "a", 1: "b", 2: "c", 4: "e" };
console.log(show(Array.prototype.splice.call(like, 1, 1)), like.length, like[0], like[1], like[2], like.hasOwnProperty(3), like.hasOwnProperty(4));
const slices = [[], [2], [-2], [1, 3], [1, -1], [3, 1], [-10, 10], [NaN, "3"], [undefined, 2]];
for (const args of slices) {
  console.log(paren(args), show([0, 1, , 3, 4].slice.apply([0, 1, , 3, 4], args)));
}
console.log(show(Array.prototype.slice.call("hello", 1, 3)), show(Array.prototype.slice.call({ length: 2, 1: "y" })));
console.log(show([1, 2, 3].with(0, "a")), show([1, 2, 3].with(-1, "z")), show([1, , 3].with(0, 0)), show([1, 2].with(-0.5, "h")));
for (const f of [() => [1, 2].with(2, 0), () => [1, 2].with(-3, 0), () => [].with(0, 0), () => [1].with(1.5, 0), () => [1].with(-Infinity, 0)]) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
