// Math.min and Math.max.
console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(), Math.min());
console.log(Math.max(1, NaN), Math.min("5", "3"), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.max("a", 1), Math.max([5]), Math.min(null, 1), Math.max(undefined));
