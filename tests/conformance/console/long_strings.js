// Long strings inside arrays and objects force line breaks.
const long = "x".repeat(90);
console.log([long]);
console.log({ key: long });
console.log(["short", long, "short"]);
console.log({ a: "y".repeat(40), b: "z".repeat(40) });
console.log(long);
