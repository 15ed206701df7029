// Matrix arithmetic on arrays of arrays.
function zeros(rows, cols) {
  const m = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(0);
    m.push(row);
  }
  return m;
}
function identity(n) {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m[i][i] = 1;
  return m;
}
function multiply(a, b) {
  if (a[0].length !== b.length) throw new RangeError("shape mismatch: " + a[0].length + " vs " + b.length);
  const out = zeros(a.length, b[0].length);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b[0].length; j++) {
      let sum = 0;
      for (let k = 0; k < b.length; k++) sum += a[i][k] * b[k][j];
      out[i][j] = sum;
    }
  }
  return out;
}
function transpose(m) {
  return m[0].map((_, c) => m.map((row) => row[c]));
}
function determinant(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  let det = 0;
  for (let c = 0; c < m.length; c++) {
    const minor = m.slice(1).map((row) => row.filter((_, j) => j !== c));
    det += (c % 2 === 0 ? 1 : -1) * m[0][c] * determinant(minor);
  }
  return det;
}
function format(m) {
  const width = Math.max.apply(null, m.map((row) => Math.max.apply(null, row.map((v) => String(v).length))));
  return m.map((row) => row.map((v) => String(v).padStart(width)).join(" ")).join("\n");
}
function power(m, n) {
  let result = identity(m.length);
  let base = m;
  while (n > 0) {
    if (n % 2 === 1) result = multiply(result, base);
    base = multiply(base, base);
    n = Math.floor(n / 2);
  }
  return result;
}

const a = [[1, 2, 3], [4, 5, 6]];
const b = [[7, 8], [9, 10], [11, 12]];
console.log(format(multiply(a, b)));
console.log(format(transpose(a)));
console.log(multiply(identity(3), b));
console.log(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant([[1, 2], [3, 4]]));
console.log(determinant([[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]]));
const fib = power([[1, 1], [1, 0]], 30);
console.log("fib(30) =", fib[0][1]);
try {
  multiply(a, a);
} catch (e) {
  console.log(e.name, e.message);
}
const rot = [[0, -1], [1, 0]];
console.log(format(power(rot, 4)), "|", format(power(rot, 3)));
const big = zeros(40, 40).map((row, i) => row.map((_, j) => (i * 7 + j * 3) % 10));
const sq = multiply(big, big);
let trace = 0;
for (let i = 0; i < 40; i++) trace += sq[i][i];
console.log("trace", trace);
