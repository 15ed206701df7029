// indexOf/lastIndexOf (strict equality, holes skipped) and includes (SameValueZero).
const a = [1, 2, NaN, 2, -0, undefined, , "2"];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -5), a.indexOf(NaN), a.indexOf(0), a.indexOf("2"));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.lastIndexOf(2, -100), a.lastIndexOf(1, -100));
console.log(a.includes(NaN), a.includes(0), a.includes(undefined), a.indexOf(undefined), [, ,].includes(undefined), [, ,].indexOf(undefined));
console.log(a.includes(2, 4), a.includes(2, Infinity), a.indexOf(1, -Infinity), a.lastIndexOf(1, Infinity));
console.log([1, 2, 3].lastIndexOf(3, undefined), [1, 2, 3].lastIndexOf(3), [].lastIndexOf(1), [].includes(undefined));
console.log(Array.prototype.indexOf.call({ length: 3, 0: "x", 1: "y", 2: "x" }, "x", 1), Array.prototype.includes.call("abc", "b"));
// find family: holes read as undefined, predicate sees (value, index, array).
const b = [5, , 12, 8, 130, 44];
console.log(b.find((x) => x > 10), b.findIndex((x) => x > 10), b.findLast((x) => x > 10), b.findLastIndex((x) => x > 10));
console.log(b.find((x) => x > 1000), b.findIndex((x) => x > 1000), b.findLast((x) => x > 1000), b.findLastIndex((x) => x > 1000));
const indices = [];
b.find((x, i) => {
  indices.push(i + "=" + x);
  return false;
});
console.log(indices.join(" "));
const holder = { limit: 9 };
console.log(b.findLast(function (x) { return x < this.limit; }, holder));
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.7), [1, 2, 3].at("-2"), [1, 2, 3].at());
