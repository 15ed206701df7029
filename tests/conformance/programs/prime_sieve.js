// The sieve of Eratosthenes and some prime statistics.
function sieve(limit) {
  const composite = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}
const primes = sieve(200000);
console.log("count below 200000:", primes.length);
console.log("first 20:", primes.slice(0, 20).join(" "));
console.log("last 5:", primes.slice(-5).join(" "));
let twins = 0;
let maxGap = 0;
let gapAt = 0;
for (let i = 1; i < primes.length; i++) {
  const gap = primes[i] - primes[i - 1];
  if (gap === 2) twins++;
  if (gap > maxGap) {
    maxGap = gap;
    gapAt = primes[i - 1];
  }
}
console.log("twin pairs:", twins, "largest gap:", maxGap, "after", gapAt);
let sum = 0;
for (const p of primes) sum += p;
console.log("sum:", sum);
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
const checks = [0, 1, 2, 97, 100, 7919, 104729, 1000003];
console.log(checks.map((n) => n + ":" + isPrime(n)).join(" "));
function factorize(n) {
  const out = [];
  for (let d = 2; d * d <= n; d++) {
    while (n % d === 0) {
      out.push(d);
      n /= d;
    }
  }
  if (n > 1) out.push(n);
  return out;
}
for (const n of [360, 97, 1001, 65536, 999999, 2 ** 31 - 1]) console.log(n, "=", factorize(n).join(" x "));

// Goldbach: every even number from 4 to 200 is the sum of two primes.
const primeSet = Object.create(null);
for (const p of primes) if (p < 1000) primeSet[p] = true;
let goldbachOk = true;
const samples = [];
for (let n = 4; n <= 200; n += 2) {
  let found = null;
  for (let p = 2; p <= n / 2; p++) {
    if (primeSet[p] && primeSet[n - p]) {
      found = p;
      break;
    }
  }
  if (found === null) goldbachOk = false;
  else if (n % 50 === 0) samples.push(n + "=" + found + "+" + (n - found));
}
console.log("goldbach holds:", goldbachOk, samples.join(" "));
const perfect = [];
for (let n = 2; n < 10000; n++) {
  let sum = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) sum += d + (d * d === n ? 0 : n / d);
  }
  if (sum === n) perfect.push(n);
}
console.log("perfect numbers below 10000:", perfect);
