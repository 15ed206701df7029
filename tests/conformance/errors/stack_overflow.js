// Unbounded recursion throws a catchable RangeError.
function forever(n) {
  return forever(n + 1) + 1;
}
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name, e.message);
}
console.log("still running");
