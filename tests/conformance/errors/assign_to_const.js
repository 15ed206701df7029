// Assignment to a constant variable.
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name, e.message, e instanceof TypeError);
}
function f() {
  const inner = "x";
  inner += "y";
}
try {
  f();
} catch (e) {
  console.log(e.message);
}
try {
  c++;
} catch (e) {
  console.log(e.message, c);
}
