// Relational comparisons on numbers, strings and mixed operands.
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, -0 < 0, -0 <= 0);
console.log("2" < 10, "2" < "10", "abc" < "abd", "a" < 1, 1 < "a");
console.log(null < 1, null >= 0, null > 0, null == 0, undefined < 1, undefined > -1);
console.log(NaN < 1, NaN >= NaN, true > false, true >= 1, [2] > 1, [1, 2] < 3);
console.log({} < {}, {} <= {}, "" < 0, "" <= 0, " " < 1);
console.log(-Infinity < Infinity, Infinity <= Infinity, 1e308 < Infinity);
