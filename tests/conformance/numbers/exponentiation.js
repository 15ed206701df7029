// The ** operator.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-2) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, 2 ** Infinity, 0.5 ** Infinity);
console.log((-8) ** (1 / 3), 10 ** 21, 10 ** -7, 2 ** 3 ** 2);
console.log((-0) ** 3, (-0) ** 2, 0 ** -1, (-0) ** -1);
let b = 3;
b **= 4;
console.log(b);
