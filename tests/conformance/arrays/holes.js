// How holes behave in common operations.
const a = [1, , 3, , 5];
console.log(a.length, a.indexOf(undefined), a.join("-"), a.map((x) => x * 10));
console.log(Object.keys(a), a.filter((x) => true).length);
let visits = 0;
for (const x of a) visits++;
console.log(visits);
const b = [];
b[2] = "c";
console.log(b, b.length, b[0]);
