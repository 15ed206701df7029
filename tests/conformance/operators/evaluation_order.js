// Operands, arguments and member expressions are evaluated left to right.
const log = [];
function v(name, value) {
  log.push(name);
  return value;
}
const r = v("a", 1) + v("b", 2) * v("c", 3);
console.log(r, log.join(""));
log.length = 0;
function three(x, y, z) {
  return x + y + z;
}
console.log(three(v("x", 1), v("y", 2), v("z", 3)), log.join(""));
log.length = 0;
const obj = {};
v("obj", obj)[v("key", "k")] = v("val", 9);
console.log(obj.k, log.join(","));
log.length = 0;
const arr = [v("e0", 0), v("e1", 1)];
const lit = { p: v("p", 1), q: v("q", 2) };
console.log(arr, lit, log.join(","));
