// Number.prototype.toString with a radix, for integers.
console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (35).toString(36), (36).toString(36));
console.log((2 ** 32).toString(16), (2 ** 53).toString(2), (123456789).toString(36));
console.log((10).toString(10), (10).toString(), (-0).toString(2), NaN.toString(16), Infinity.toString(2));
