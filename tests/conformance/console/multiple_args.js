// console.log joins its arguments with spaces.
console.log(1, "a", true, null, undefined);
console.log("x", 1.5, -0, NaN, Infinity);
console.log([1], { a: 1 }, "str");
console.log("");
console.log("", "");
console.log(" padded ");
