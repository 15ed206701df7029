// Writing a property of null or undefined.
let u;
const n = null;
try {
  u.x = 1;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  n.y = 2;
} catch (e) {
  console.log(e.message);
}
try {
  n[0] = 3;
} catch (e) {
  console.log(e.message);
}
const o = {};
try {
  o.missing.z = 4;
} catch (e) {
  console.log(e.message);
}
