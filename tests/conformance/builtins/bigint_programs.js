// BigInt in ordinary programs: factorials, Fibonacci, modular exponentiation, digit sums.
function factorial(n) {
  let result = 1n;
  for (let i = 2n; i <= n; i++) result *= i;
  return result;
}
function fibonacci(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
function modPow(base, exponent, modulus) {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    exponent >>= 1n;
    base = (base * base) % modulus;
  }
  return result;
}
const f100 = factorial(100n);
console.log(f100);
console.log(String(f100).length, [...String(f100)].reduce((sum, d) => sum + BigInt(d), 0n));
console.log(fibonacci(300));
console.log(modPow(2n, 10000n, 1000000007n), modPow(3n, 2n ** 64n, 998244353n));
const values = [5n, -3n, 10n ** 20n, 0n, -(2n ** 65n)];
console.log(values.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
console.log(values.map((v) => v.toString(16)), values.filter((v) => v > 0).length);
const counts = new Map();
for (const v of [1n, 2n, 1n, 3n, 2n, 1n]) counts.set(v, (counts.get(v) ?? 0) + 1);
console.log(counts);
console.log(BigInt.asUintN(64, -1n).toString(16), BigInt.asIntN(32, 2n ** 31n));
