// Recursion: naive doubly recursive Fibonacci, so almost all the time is spent in calls.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let round = 0; round < 10; round++) {
  total += fib(32);
}
console.log("fib(32) x 10 =", total);
