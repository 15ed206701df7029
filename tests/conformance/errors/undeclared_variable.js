// Reading an undeclared variable throws a ReferenceError.
try {
  console.log(nope);
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError);
}
try {
  nope2 + 1;
} catch (e) {
  console.log(e.message);
}
function f() {
  return missingInside;
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
console.log(typeof nope);
