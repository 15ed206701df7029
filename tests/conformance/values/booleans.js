// Boolean values and the Boolean() conversion.
console.log(true, false, !true, !false, !!1);
const values = [0, -0, 1, -1, NaN, Infinity, "", " ", "0", "false", null, undefined, [], {}, function () {}];
for (let i = 0; i < values.length; i++) {
  console.log(i, Boolean(values[i]), !!values[i]);
}
console.log(true + true, true * 10, false - 1);
console.log(String(true), true + "", `${false}`);
