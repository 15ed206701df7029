// A memoizing wrapper built from closures.
function memoize(fn) {
  const cache = {};
  let misses = 0;
  const wrapped = function (n) {
    if (!(n in cache)) {
      misses++;
      cache[n] = fn(n);
    }
    return cache[n];
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const slowSquare = (n) => n * n;
const sq = memoize(slowSquare);
console.log(sq(4), sq(4), sq(5), sq.misses());
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(90), fib.misses());
