// Classic for loops with various headers.
for (let i = 0; i < 3; i++) console.log("i", i);
for (let i = 10, j = 0; i > j; i -= 4, j++) console.log("i j", i, j);
let k = 0;
for (; k < 2; ) k++;
console.log("k", k);
let n = 0;
for (;;) {
  if (++n > 4) break;
}
console.log("n", n);
let sum = 0;
for (let a = 0; a < 5; a++) for (let b = 0; b < 5; b++) sum += a * b;
console.log("sum", sum);
for (var v = 0; v < 2; v++);
console.log("v", v);
