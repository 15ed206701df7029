// Array methods work on array-like objects.
const like = { 0: "a", 1: "b", 2: "c", length: 3 };
console.log(Array.prototype.map.call(like, (s) => s.toUpperCase()));
console.log(Array.prototype.indexOf.call(like, "b"), Array.prototype.join.call(like, "/"));
console.log(Array.prototype.filter.call("hello", (c) => c !== "l"));
