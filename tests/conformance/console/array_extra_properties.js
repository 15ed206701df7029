// Non-index properties of arrays are printed after the elements.
const a = [1, 2, 3];
a.label = "nums";
console.log(a);
const b = [];
b.only = true;
console.log(b);
