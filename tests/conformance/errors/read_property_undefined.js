// Reading a property of undefined.
let u;
try {
  u.x;
} catch (e) {
  console.log(e.name, e.message);
}
const o = {};
try {
  o.missing.deeper;
} catch (e) {
  console.log(e.message);
}
try {
  u[0];
} catch (e) {
  console.log(e.message);
}
try {
  u.method();
} catch (e) {
  console.log(e.message);
}
