// Unary +, -, !, ~, void and typeof.
const values = [0, 1, -2.5, "", "7", "x", true, false, null, undefined, [], [9], {}];
for (const v of values) {
  console.log(+v, -v, !v, ~v, void v, typeof v);
}
console.log(!!"", !!"0", - -1, +-+1, typeof typeof 1, void 0);
