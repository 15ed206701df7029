// Math functions coerce every argument (in order) before computing; NaN propagates.
const log = [];
function v(name, value) {
  return { valueOf: function () { log.push(name); return value; } };
}
console.log(Math.max(v("a", 1), NaN, v("b", 3)), log.join(""));
log.length = 0;
console.log(Math.min(v("a", 1), v("b", -1), v("c", 0)), log.join(""));
log.length = 0;
console.log(Math.hypot(v("a", 3), v("b", 4)), Math.atan2(v("y", 1), v("x", 0)), Math.pow(v("p", 2), v("q", 3)), log.join(""));
console.log(Math.max(), Math.min(), Math.max(NaN, Infinity), Math.min(-Infinity, NaN), Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0));
console.log(Math.hypot(), Math.hypot(-5), Math.hypot(3, 4, "x"), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot(0.1, 0.2));
console.log(Math.pow(1, Infinity), Math.pow(1, NaN), 1 ** NaN, Math.pow(-1, Infinity), Math.pow(NaN, 0), Math.pow(-0, -3), Math.pow(-0, 3), Math.pow(-8, 1 / 3), Math.pow(2, -1074));
console.log(Math.pow(10, -5) === 10 ** -5, Math.pow(3, 0.5) === 3 ** 0.5, Math.pow(1.1, 100) === 1.1 ** 100);
console.log(Math.sqrt("16"), Math.cbrt(-0), Math.expm1(-0), Math.log1p(-1), Math.atanh(1), Math.acosh(0.5), Object.is(Math.asinh(-0), -0), Math.atan2(0, -0), Math.atan2(-0, -0));
try {
  Math.max(1, { valueOf: function () { throw new Error("boom"); } }, v("never", 1));
} catch (e) {
  console.log(e.message, log.indexOf("never"));
}
try {
  Math.abs(Symbol("s"));
} catch (e) {
  console.log(e.name + ": " + e.message);
}
