// Math.abs, pow, sqrt, cbrt, sign and hypot.
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs("-3"), Math.abs(null), Math.abs("x"));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.sign(-3), Math.sign(3), Math.sign(0), Math.sign(-0), Math.sign("x"));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1, 1));
