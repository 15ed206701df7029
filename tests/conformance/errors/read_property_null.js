// Reading a property of null.
const n = null;
try {
  n.x;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  n[1];
} catch (e) {
  console.log(e.message);
}
const o = { a: { b: null } };
try {
  o.a.b.c;
} catch (e) {
  console.log(e.message);
}
const key = "dyn";
try {
  n[key];
} catch (e) {
  console.log(e.message);
}
