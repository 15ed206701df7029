function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const first = []; for (const n of fib()) { if (n > 50) break; first.push(n); }
console.log(first.join(','));
function* inner() { const x = yield 1; return x * 2; }
function* outer() { const r = yield* inner(); yield r; }
const g = outer(); console.log(g.next().value, g.next(21).value, g.next().done);
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function work(n) { let total = 0; for (let i = 1; i <= n; i++) total += await sleep(1, i); return total; }
async function main() {
  console.log('sum', await work(4));
  try { await Promise.reject(new Error('nope')); } catch (e) { console.log('caught', e.message); }
  const results = await Promise.all([work(2), sleep(5, 'late'), 7]);
  console.log(results.join(' '));
  class Q { async get() { return this.v; } constructor() { this.v = 'q'; } }
  console.log(await new Q().get());
}
main().then(() => console.log('done'));
console.log('sync end');
