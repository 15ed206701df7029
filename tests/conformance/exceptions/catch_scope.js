// The catch parameter is scoped to the catch block; the binding is optional.
const e = "outer";
try {
  throw "inner";
} catch (e) {
  console.log(e);
}
console.log(e);
try {
  throw new Error("ignored");
} catch {
  console.log("caught without binding");
}
try {
  throw 1;
} catch (err) {
  var hoisted = "var in catch";
  err = 2;
  console.log(err);
}
console.log(hoisted, typeof err);
