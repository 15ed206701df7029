// Accumulating floating point error step by step.
let x = 0;
for (let i = 0; i < 12; i++) {
  x += 0.1;
  console.log(i, x);
}
let y = 1;
while (y > 0.001) {
  y /= 3;
}
console.log(y);
