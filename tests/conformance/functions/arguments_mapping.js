// In sloppy functions with simple parameters, arguments aliases the parameters.
function f(a, b) {
  arguments[0] = "changed";
  b = "param";
  return [a, arguments[1], arguments.length];
}
console.log(f(1, 2));
function g(a) {
  arguments[1] = "extra";
  return [a, arguments.length];
}
console.log(g(1));
