// Calling a property that is not a function names the member expression.
const obj = { notFn: 1, nested: { deeper: "s" } };
try {
  obj.foo();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  obj.notFn();
} catch (e) {
  console.log(e.message);
}
try {
  obj.nested.deeper();
} catch (e) {
  console.log(e.message);
}
