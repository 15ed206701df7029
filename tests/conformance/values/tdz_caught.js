// Reading a let/const binding before its declaration throws a ReferenceError.
try {
  console.log(value);
  let value = 1;
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError);
}
try {
  c = 5;
  const c = 1;
} catch (e) {
  console.log(e.name, e.message);
}
function early() {
  return later;
}
try {
  early();
} catch (e) {
  console.log("from function:", e.message);
}
let later = "ready";
console.log("after init:", early());
try {
  console.log(typeof t);
  let t;
} catch (e) {
  console.log("typeof in TDZ:", e.message);
}
