// Errors nested in containers print as [Name: message] when they have no stack.
function stackless(e) {
  delete e.stack;
  return e;
}
console.log({ e: stackless(new Error("boom")) });
console.log([stackless(new TypeError("bad type")), stackless(new RangeError("out"))]);
const withProps = stackless(new Error("with code"));
withProps.code = "E_CODE";
console.log({ err: withProps });
console.log([stackless(new Error(""))]);
