// reduce and reduceRight: initial value, holes, argument order, empty arrays.
console.log([1, 2, 3, 4].reduce((acc, x) => acc + x), [1, 2, 3, 4].reduce((acc, x) => acc + x, 10));
console.log(["a", "b", "c"].reduceRight((acc, x) => acc + x), ["a", "b", "c"].reduceRight((acc, x) => acc + x, ">"));
const log = [];
[, 1, , 2, ,].reduce((acc, x, i, arr) => {
  log.push(acc + "+" + x + "@" + i + (arr.length === 5 ? "" : "?"));
  return acc + x;
});
console.log(log.join(" "));
console.log([, , 7, ,].reduce((acc, x) => acc + x), [, , 7, ,].reduceRight((acc, x) => acc + x));
console.log([].reduce((acc, x) => acc + x, "init"), [, ,].reduceRight((acc, x) => acc + x, "init"));
console.log(Array.prototype.reduce.call({ length: 3, 0: 1, 1: 2, 2: 3 }, (acc, x) => acc * 10 + x));
console.log(Array.prototype.reduce.call("abc", (acc, c) => c + acc));
// An explicit undefined initial value counts as present.
console.log([1, 2].reduce((acc, x) => String(acc) + x, undefined));
for (const f of [
  () => [].reduce((a, b) => a),
  () => [, ,].reduceRight((a, b) => a),
  () => [1].reduce(),
  () => [1].reduceRight("f"),
  () => Array.prototype.reduce.call(null, (a) => a),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
