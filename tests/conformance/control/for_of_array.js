// for-of over arrays, including holes, and growing the array while iterating.
for (const x of [1, "two", null]) console.log(x);
for (const x of [1, , 3]) console.log("hole?", x);
const grow = [1, 2];
let count = 0;
for (const x of grow) {
  if (x < 4) grow.push(x + 2);
  count++;
}
console.log(grow, count);
let last;
for (last of ["a", "b"]);
console.log(last);
for (const row of [[1, 2], [3, 4]]) {
  for (const cell of row) console.log("cell", cell);
}
