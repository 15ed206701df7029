// Numeric loops: the Mandelbrot set on a grid, pure floating-point arithmetic.
const size = 1000;
const maxIterations = 100;
let inside = 0;
let checksum = 0;
for (let y = 0; y < size; y++) {
  const ci = (2.0 * y) / size - 1.0;
  for (let x = 0; x < size; x++) {
    const cr = (2.5 * x) / size - 2.0;
    let zr = 0.0;
    let zi = 0.0;
    let i = 0;
    while (i < maxIterations && zr * zr + zi * zi <= 4.0) {
      const t = zr * zr - zi * zi + cr;
      zi = 2.0 * zr * zi + ci;
      zr = t;
      i++;
    }
    if (i === maxIterations) {
      inside++;
    }
    checksum = (checksum * 31 + i) % 1000000007;
  }
}
console.log("inside:", inside, "checksum:", checksum);
