// The Error constructors.
const kinds = [Error, TypeError, RangeError, SyntaxError, ReferenceError];
for (const K of kinds) {
  const e = new K("msg");
  console.log(e.name, e.message, e instanceof K, e instanceof Error, String(e), e.toString());
}
const noNew = TypeError("called without new");
console.log(noNew instanceof TypeError, noNew.message);
const empty = new Error();
console.log(JSON_like(empty.message), String(empty), empty.hasOwnProperty("message"));
console.log(new Error(42).message, typeof new Error(42).message, String(new Error(undefined)));
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === "");
function JSON_like(s) {
  return "'" + s + "'";
}
