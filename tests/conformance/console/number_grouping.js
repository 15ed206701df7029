// Arrays with more than six short entries are grouped into columns.
const a = [];
for (let i = 1; i <= 30; i++) a.push(i);
console.log(a);
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
const b = [];
for (let i = 0; i < 26; i++) b.push(i * i * i);
console.log(b);
const c = [];
for (let i = 0; i < 100; i++) c.push(i);
console.log(c);
console.log([1.5, -2.25, 100, 0.001, -0, 7, 8, 9, 10000]);
const mixed = [];
for (let i = 0; i < 20; i++) mixed.push(i % 3 === 0 ? "s" + i : i);
console.log(mixed);
