// Function expressions, named and anonymous.
const add = function (a, b) {
  return a + b;
};
const fact = function self(n) {
  return n <= 1 ? 1 : n * self(n - 1);
};
console.log(add(2, 3), fact(5), typeof self);
const ops = [function (x) { return x + 1; }, function (x) { return x * 2; }];
let v = 3;
for (const op of ops) v = op(v);
console.log(v);
console.log((function () { return "iife"; })());
