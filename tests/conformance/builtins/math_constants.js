// Math constants.
console.log(Math.PI, Math.E, Math.LN2, Math.LN10);
console.log(Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
