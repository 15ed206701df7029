// Large arrays grow and are traversed correctly.
const a = [];
for (let i = 0; i < 100000; i++) a.push(i);
let sum = 0;
for (let i = 0; i < a.length; i++) sum += a[i];
console.log(a.length, sum, a[99999]);
const b = a.map((x) => x % 7).filter((x) => x === 3);
console.log(b.length);
while (a.length > 10) a.pop();
console.log(a);
