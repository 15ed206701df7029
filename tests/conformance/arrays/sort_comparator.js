// sort with comparators; the sort is stable.
const nums = [10, 9, 1, 100, 25, -3];
console.log(nums.slice().sort((a, b) => a - b), nums.slice().sort((a, b) => b - a));
const people = [
  { name: "d", age: 30 }, { name: "a", age: 25 }, { name: "c", age: 30 },
  { name: "b", age: 25 }, { name: "e", age: 20 },
];
people.sort((x, y) => x.age - y.age);
console.log(people.map((p) => p.name + p.age).join(" "));
const words = ["banana", "fig", "apple", "kiwi", "cherry"];
words.sort((a, b) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0));
console.log(words);
const big = [];
for (let i = 0; i < 200; i++) big.push((i * 7919) % 211);
big.sort((a, b) => a - b);
console.log(big.slice(0, 10), big.slice(-5), big.length);
