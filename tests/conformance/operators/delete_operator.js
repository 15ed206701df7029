// delete removes own properties and always returns true for them.
const o = { a: 1, b: 2, c: 3 };
console.log(delete o.a, o, "a" in o);
console.log(delete o.missing, delete o["b"], o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr);
const proto = { p: 1 };
const child = Object.create(proto);
console.log(delete child.p, child.p);
let x = 1;
console.log(delete o.c, Object.keys(o).length, x);
