// Operator precedence and associativity.
console.log(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -(2 ** 2));
console.log(10 - 4 - 3, 64 / 4 / 2, 1 + 2 + "3" + 4 + 5, 1 < 2 < 3, 3 > 2 > 1);
console.log(1 | 2 & 3, 1 ^ 3 | 4, 1 + 2 << 1, !0 + 1, typeof 1 + 2);
console.log(1 || 0 && 0, (1 || 0) && 0, 5 > 3 === true, 1 + - + + + - + 1);
let a = 1;
console.log(a++ + ++a, a);
