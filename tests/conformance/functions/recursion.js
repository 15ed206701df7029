// Direct, mutual and deep recursion.
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(fact(10), fact(20), fact(25), fib(20));
console.log(isEven(10), isOdd(7), isEven(7));
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(5000));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3));
