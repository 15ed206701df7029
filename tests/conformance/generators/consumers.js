// Generators feeding for-of, spread, destructuring, Array.from and other iterator consumers;
// early exits call return() so finally blocks run.
function* numbers(limit) {
  try {
    for (let i = 1; i <= limit; i++) yield i;
  } finally {
    console.log("numbers finally, limit", limit);
  }
}
for (const n of numbers(3)) console.log("for-of", n);
console.log([...numbers(4)]);
console.log(Array.from(numbers(3), (x) => x * 10));
const [first, second, ...rest] = numbers(5);
console.log(first, second, rest);
const [only] = numbers(10);
console.log("only", only);
console.log(Math.max(...numbers(6)));
console.log(new Set(numbers(2)).size, new Map([["k", numbers(1)]]).size);

// infinite generators with early break / return / throw out of the loop
function* naturals() {
  let n = 0;
  try {
    while (true) yield n++;
  } finally {
    console.log("naturals closed at", n);
  }
}
for (const n of naturals()) {
  if (n >= 3) break;
}
function firstOver(limit) {
  for (const n of naturals()) if (n > limit) return n;
}
console.log(firstOver(4));
try {
  for (const n of naturals()) if (n === 2) throw new Error("stop at " + n);
} catch (e) {
  console.log(e.message);
}
outer: for (const a of naturals()) {
  for (const b of naturals()) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
  }
}

// lazy pipelines
function* map(it, f) {
  for (const x of it) yield f(x);
}
function* filter(it, p) {
  for (const x of it) if (p(x)) yield x;
}
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n <= 0) return;
  }
}
console.log([...take(filter(map(naturals(), (x) => x * x), (x) => x % 2 === 1), 4)]);

// generators as object iterators
const range = {
  from: 2,
  to: 5,
  *[Symbol.iterator]() {
    for (let i = this.from; i <= this.to; i++) yield i;
  },
};
console.log([...range], Array.from(range).length);
const fib = function* () {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
};
const out = [];
for (const f of fib()) {
  if (f > 100) break;
  out.push(f);
}
console.log(out.join(","));
// many live generators at once
function* quiet(n) {
  for (let i = 0; i < n; i++) yield { i }.i;
}
const gens = [];
for (let i = 0; i < 300; i++) gens.push(take(quiet(100), i % 7));
let total = 0;
for (const g of gens) for (const v of g) total += v;
console.log("total", total);
