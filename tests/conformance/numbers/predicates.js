// Number.isInteger, Number.isFinite, Number.isNaN and their global cousins.
const values = [0, -0, 1, 1.5, -7, 2 ** 53, 1e300, NaN, Infinity, -Infinity, "5", "abc", null, true];
for (const v of values) {
  console.log(v, Number.isInteger(v), Number.isFinite(v), Number.isNaN(v), isFinite(v), isNaN(v));
}
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53));
