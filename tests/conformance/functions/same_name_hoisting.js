// A function declaration and a var of the same name.
console.log(typeof thing);
var thing = 1;
function thing() {}
console.log(typeof thing);
function later() {
  return "first";
}
console.log(later());
function later() {
  return "second";
}
