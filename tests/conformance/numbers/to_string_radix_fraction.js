// Number.prototype.toString with a radix, for fractions.
console.log((0.5).toString(2), (0.25).toString(2), (3.75).toString(16), (-0.5).toString(8));
console.log((0.1).toString(2));
console.log((1 / 3).toString(3), (255.5).toString(16), (0.1).toString(16));
