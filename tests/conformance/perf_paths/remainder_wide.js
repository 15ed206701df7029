// `%` on integers beyond 32 bits takes a 64-bit integer path; every other case (negatives,
// -0, fractions, NaN, Infinity, huge values, zero divisors) must give what fmod gives.
const values = [0, -0, 1, -1, 7, -7, 2147483647, 2147483648, -2147483649, 4294967296, 16807 * 2147483646,
  2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 62, 2 ** 63, 2 ** 64, 1e300, 0.5, 2.5, -2.5,
  NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 9.2e18, 9.3e18];
let lines = [];
for (const a of values) {
  const row = [];
  for (const b of values) row.push(Object.is(a % b, -0) ? '-0' : String(a % b));
  lines.push(row.join(' '));
}
let hash = 0;
for (const line of lines) for (let i = 0; i < line.length; i++) hash = (hash * 31 + line.charCodeAt(i)) % 1000000007;
console.log(lines.length, hash);
console.log(lines[10]);
console.log(lines[16]);
let seed = 42;
let sum = 0;
for (let i = 0; i < 100000; i++) {
  seed = (seed * 16807) % 2147483647;
  sum = (sum + (seed % 26)) % 1000003;
}
console.log(seed, sum);
