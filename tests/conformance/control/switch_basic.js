// switch selects a case by strict equality.
function name(n) {
  switch (n) {
    case 1:
      return "one";
    case 2:
      return "two";
    case "1":
      return "string one";
    default:
      return "other";
  }
}
console.log(name(1), name(2), name("1"), name(3), name(true));
function kind(x) {
  let r;
  switch (typeof x) {
    case "number": r = "num"; break;
    case "string": r = "str"; break;
  }
  return r;
}
console.log(kind(1), kind("a"), kind(null));
switch (NaN) {
  case NaN: console.log("NaN matched"); break;
  default: console.log("NaN never matches");
}
