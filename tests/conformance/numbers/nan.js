// NaN propagates through arithmetic and is unequal to itself.
const n = NaN;
console.log(n, typeof n, n === n, n == n, n !== n);
console.log(n + 1, n * 0, 0 / 0, Infinity - Infinity, Infinity * 0);
console.log(n < 1, n > 1, n <= n, n >= n);
console.log(isNaN(n), isNaN("abc"), isNaN("12"), Number.isNaN("abc"), Number.isNaN(n));
console.log("x" * 2, undefined + 1, Math.sqrt(-1));
console.log(String(n), n + "", [n]);
