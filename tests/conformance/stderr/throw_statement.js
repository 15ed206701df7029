// An uncaught Error thrown by a `throw` statement: node prints the statement's line with a
// caret under `throw`, then the stack, then its version.
function check(value) {
  if (value > 2) {
    throw new RangeError(`value ${value} is too big`);
  }
  return value;
}
console.log(check(1));
	console.log(check(3));
