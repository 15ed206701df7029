// Exponentials, logarithms and trigonometry.
console.log(Math.exp(0), Math.exp(1), Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1));
console.log(Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(2));
console.log(Math.sin(0), Math.cos(0), Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.tan(0));
console.log(Math.sin(1), Math.cos(1), Math.atan(1), Math.atan2(1, 1), Math.atan2(-1, -1));
console.log(Math.asin(1), Math.acos(1), Math.exp(-1), Math.log(10));
