// slice copies a range without changing the array.
const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(2), a.slice(2, 4), a.slice(-2), a.slice(1, -1), a.slice(4, 2));
console.log(a.slice(), a.slice() === a, a.slice(10), a.slice(-10, 2), a);
console.log([1, , 3].slice(0, 2));
