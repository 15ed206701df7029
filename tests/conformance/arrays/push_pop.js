// push and pop.
const a = [];
console.log(a.push(1), a.push(2, 3), a);
console.log(a.pop(), a, a.length);
console.log([].pop(), a.pop(), a.pop(), a.pop(), a);
const b = [1];
b.push([2, 3]);
console.log(b, b.length);
