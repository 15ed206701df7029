// var declarations are hoisted to the function with value undefined.
console.log(x);
var x = 5;
console.log(x);

function f() {
  console.log("inner before:", y);
  if (false) {
    var y = 1;
  }
  console.log("inner after:", y);
  for (var i = 0; i < 3; i++) {}
  console.log("loop var after loop:", i);
}
f();

console.log(typeof g, g());
function g() {
  return "hoisted function";
}

var x = 6;
console.log(x);
