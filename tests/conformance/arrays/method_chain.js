// Chaining array methods.
const data = [5, 3, 8, 1, 9, 2, 7];
const result = data
  .filter((n) => n > 2)
  .map((n) => n * 2)
  .sort((a, b) => a - b)
  .slice(0, 3)
  .reduce((acc, n) => acc + n, 0);
console.log(result);
const words = "the cat and the hat and the bat".split(" ");
const uniq = words.filter((w, i) => words.indexOf(w) === i).sort().join(",");
console.log(uniq);
