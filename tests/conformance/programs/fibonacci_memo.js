// Memoized Fibonacci built from closures, compared with other strategies.
function makeMemo() {
  const cache = {};
  let hits = 0;
  let misses = 0;
  function fib(n) {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    misses++;
    const v = n < 2 ? n : fib(n - 1) + fib(n - 2);
    cache[n] = v;
    return v;
  }
  return {
    fib: fib,
    stats: function () {
      return "hits=" + hits + " misses=" + misses;
    },
  };
}
function naive(n) {
  return n < 2 ? n : naive(n - 1) + naive(n - 2);
}
function iterative(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}
const memo = makeMemo();
for (const n of [0, 1, 2, 10, 20, 30, 50, 78, 79, 100]) {
  console.log("fib(" + n + ") =", memo.fib(n), memo.fib(n) === iterative(n));
}
console.log(memo.stats());
console.log("naive(24) =", naive(24));
let agree = true;
for (let n = 0; n < 25; n++) if (naive(n) !== iterative(n)) agree = false;
console.log("naive agrees:", agree);
console.log(iterative(1476), iterative(1477));
const second = makeMemo();
console.log(second.stats(), second.fib(5), second.stats());

// A generic memoizer keyed on all arguments, used for two classic dynamic programs.
function memoizeAll(fn) {
  const cache = {};
  let calls = 0;
  function memo() {
    const key = Array.prototype.join.call(arguments, ",");
    if (!(key in cache)) {
      calls++;
      cache[key] = fn.apply(null, arguments);
    }
    return cache[key];
  }
  memo.calls = function () {
    return calls;
  };
  return memo;
}
const gridPaths = memoizeAll(function (r, c) {
  if (r === 0 || c === 0) return 1;
  return gridPaths(r - 1, c) + gridPaths(r, c - 1);
});
console.log("grid paths 10x10:", gridPaths(10, 10), "computed", gridPaths.calls());
console.log("grid paths 16x16:", gridPaths(16, 16), "computed", gridPaths.calls());
const coins = [1, 5, 10, 25, 50];
const ways = memoizeAll(function (amount, index) {
  if (amount === 0) return 1;
  if (amount < 0 || index === coins.length) return 0;
  return ways(amount - coins[index], index) + ways(amount, index + 1);
});
for (const amount of [0, 11, 100, 300]) console.log("ways to make", amount, "=", ways(amount, 0));
