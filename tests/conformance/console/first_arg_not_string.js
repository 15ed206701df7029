// Only a string first argument is treated as a format string.
console.log(1, "%s", "x");
console.log({ a: "%s" }, "y");
console.log(["%d"], 5);
console.log(null, "%s");
