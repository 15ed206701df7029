// Function declarations are hoisted with their bodies.
console.log(square(4), cube(2));
function square(x) {
  return x * x;
}
function cube(x) {
  return square(x) * x;
}
function noReturn() {}
function bareReturn() {
  return;
}
console.log(noReturn(), bareReturn());
function many(a, b, c) {
  return [a, b, c];
}
console.log(many(1), many(1, 2, 3, 4));
