// Distinguishing the kind of a caught error.
function kindOf(f) {
  try {
    f();
    return "none";
  } catch (e) {
    if (e instanceof TypeError) return "TypeError: " + e.message;
    if (e instanceof ReferenceError) return "ReferenceError: " + e.message;
    if (e instanceof RangeError) return "RangeError: " + e.message;
    return "other: " + e;
  }
}
console.log(kindOf(() => null.x));
console.log(kindOf(() => undefinedName));
console.log(kindOf(() => "x".repeat(-2)));
console.log(kindOf(() => { throw "str"; }));
console.log(kindOf(() => 1));
