// The arguments object exposes all passed arguments.
function f(a, b) {
  return [arguments.length, arguments[0], arguments[1], arguments[2], typeof arguments];
}
console.log(f(), f(1), f(1, 2, 3));
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(sum(), sum(1, 2, 3, 4, 5));
function outer() {
  const inner = () => arguments[0];
  return inner("ignored");
}
console.log(outer("outer's"));
function nested() {
  function inner() {
    return arguments.length;
  }
  return [arguments.length, inner(1, 2, 3)];
}
console.log(nested(9));
