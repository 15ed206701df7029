// while loops.
let i = 0;
while (i < 3) {
  console.log("i", i);
  i++;
}
let n = 27;
let steps = 0;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  steps++;
}
console.log("collatz steps", steps);
while (false) console.log("never");
let j = 10;
while (j--) if (j === 5) break;
console.log("j", j);
