// Array.from on strings and array-likes.
console.log(Array.from("héllo"), Array.from("a😀b").length);
console.log(Array.from({ length: 4 }, (_, i) => String.fromCharCode(65 + i)).join(""));
function args() {
  return Array.from(arguments);
}
console.log(args(1, "two", [3]));
