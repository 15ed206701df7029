// Arrays of many short strings are grouped too.
const words = "the quick brown fox jumps over the lazy dog again and again until tired".split(" ");
console.log(words);
const letters = "abcdefghijklmnopqrstuvwxyz".split("");
console.log(letters);
const longer = [];
for (let i = 0; i < 12; i++) longer.push("item number " + i);
console.log(longer);
