// Arrays: the sieve of Eratosthenes over a plain array of booleans, then prime gaps and a
// checksum of the primes found, repeated a few times.
function sieve(limit) {
  const composite = [];
  for (let i = 0; i <= limit; i++) {
    composite.push(false);
  }
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (!composite[i]) {
      primes.push(i);
      for (let j = i * i; j <= limit; j += i) {
        composite[j] = true;
      }
    }
  }
  return primes;
}

let count = 0;
let checksum = 0;
let largestGap = 0;
for (let round = 0; round < 6; round++) {
  const primes = sieve(1000000 + round);
  count += primes.length;
  for (let i = 1; i < primes.length; i++) {
    const gap = primes[i] - primes[i - 1];
    if (gap > largestGap) {
      largestGap = gap;
    }
    checksum = (checksum + primes[i] * (i % 7)) % 1000000007;
  }
}
console.log("primes:", count, "largest gap:", largestGap, "checksum:", checksum);
