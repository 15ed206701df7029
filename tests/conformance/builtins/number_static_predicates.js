// Number.isInteger / isSafeInteger / isFinite / isNaN never coerce; the constants.
const values = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, NaN, Infinity, -Infinity, "5", null, true, undefined];
for (const v of values) {
  console.log(String(v), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), isFinite(v), isNaN(v));
}
console.log(Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.isNaN === isNaN, Number.isFinite === isFinite);
const names = ["isFinite", "isInteger", "isNaN", "isSafeInteger", "parseFloat", "parseInt"];
console.log(names.map((n) => n + ":" + Number[n].length + ":" + Number[n].name + ":" + Object.getOwnPropertyDescriptor(Number, n).enumerable).join(" "));
const d = Object.getOwnPropertyDescriptor(Number, "MAX_SAFE_INTEGER");
console.log(d.writable, d.enumerable, d.configurable);
