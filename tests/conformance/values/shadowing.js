// Inner declarations shadow outer ones without changing them.
var name = "global";
function outer() {
  var name = "outer";
  function inner() {
    var name = "inner";
    return name;
  }
  return [name, inner()];
}
console.log(outer(), name);
let n = 1;
function param(n) {
  n = n + 1;
  return n;
}
console.log(param(10), n);
