// Closures: counters and accumulators that capture and mutate variables, function
// factories, composition and a memoising wrapper, all called in hot loops.
function makeCounter(step) {
  let count = 0;
  return {
    increment: function () {
      count += step;
      return count;
    },
    reset: () => {
      const old = count;
      count = 0;
      return old;
    },
  };
}

function makeAdder(n) {
  return (x) => x + n;
}

function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}

function memoize(f) {
  const cache = {};
  return function (n) {
    const key = "k" + n;
    if (cache[key] === undefined) {
      cache[key] = f(n);
    }
    return cache[key];
  };
}

const counters = [];
for (let i = 1; i <= 10; i++) {
  counters.push(makeCounter(i));
}
const adders = [];
for (let i = 0; i < 10; i++) {
  adders.push(makeAdder(i));
}
let pipeline = (x) => x;
for (let i = 0; i < 10; i++) {
  pipeline = compose(adders[i], pipeline);
}
const slowSquare = memoize((n) => n * n);

let total = 0;
for (let round = 0; round < 2000000; round++) {
  const counter = counters[round % 10];
  counter.increment();
  total = (total + pipeline(round % 1000)) % 1000000007;
  total = (total + slowSquare(round % 100)) % 1000000007;
  if (round % 100000 === 99999) {
    for (let i = 0; i < counters.length; i++) {
      total = (total + counters[i].reset()) % 1000000007;
    }
  }
}

// Closures created in a loop each capture their own iteration's binding.
const captured = [];
for (let i = 0; i < 1000; i++) {
  captured.push(() => i * 3);
}
let capturedSum = 0;
for (let round = 0; round < 200; round++) {
  for (let i = 0; i < captured.length; i++) {
    capturedSum += captured[i]();
  }
}
console.log("total:", total, "captured:", capturedSum);
