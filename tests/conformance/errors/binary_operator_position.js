// An error thrown by a binary operator is placed at the operator, as V8 places it (the caret
// of an uncaught error and the column in the stack).
const where = (e) => e.stack.split("\n")[1].match(/:(\d+:\d+)\)?$/)[1];
const cases = [
  () => 1n + 1,
  () => "x" in 5,
  () => ({}) instanceof 3,
  () => Symbol() + "",
  () => ({}) < Symbol(),
  () => 2n ** -1n,
  () => (1n) /* comment */ - 1,
  () => 1n / 0n,
  () => 1n
    // a comment line
    * 2,
  () => ((3n)) % 0n,
  () => 5 >>> 1n,
];
for (const f of cases) {
  try {
    f();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name, where(e), e.message);
  }
}
const total = [1, 2, 3].reduce((a, b) => a + b) - 1n;
