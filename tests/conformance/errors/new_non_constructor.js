// new on values that are not constructors.
const notFn = 5;
try {
  new notFn();
} catch (e) {
  console.log(e.name, e.message);
}
const arrow = () => {};
try {
  new arrow();
} catch (e) {
  console.log(e.message);
}
const obj = { method() {} };
try {
  new obj.method();
} catch (e) {
  console.log(e.message);
}
try {
  new Math.max();
} catch (e) {
  console.log(e.message);
}
