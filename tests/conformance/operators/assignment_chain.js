// Assignment is an expression whose value is the right-hand side.
let a, b, c;
a = b = c = 5;
console.log(a, b, c);
const o = {};
o.x = o.y = [];
o.x.push(1);
console.log(o.y, o.x === o.y);
let n;
console.log((n = 3) + 1, n);
let i = 0;
const arr = [];
arr[i] = i = 2;
console.log(arr, i);
