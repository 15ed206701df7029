// Boolean() conversion.
console.log(Boolean(), Boolean(0), Boolean("0"), Boolean(" "), Boolean(NaN), Boolean({}), Boolean([]));
console.log(typeof Boolean(1), Boolean(-0), Boolean(null), Boolean("false"));
console.log([0, 1, "", "a", null].filter(Boolean));
