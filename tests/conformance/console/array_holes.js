// Holes print as empty items.
console.log([1, , 3]);
console.log([, 1]);
console.log([1, , , , 5]);
console.log([, , ,]);
console.log(new Array(5));
console.log(new Array(1));
const a = [1, 2];
a[6] = 7;
console.log(a);
const b = [1, 2, 3];
b.length = 5;
console.log(b);
