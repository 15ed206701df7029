// Writing length truncates or extends; writing past the end grows the array.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a[3]);
a.length = 5;
console.log(a, 4 in a);
const b = [];
b[4] = "x";
console.log(b, b.length);
b.length = 0;
console.log(b, b[4]);
const c = [1];
c[c.length] = 2;
c[c.length] = 3;
console.log(c);
