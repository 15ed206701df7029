async function* gen() { yield 1; yield 2; yield 3; }
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function main() {
  for await (const x of gen()) console.log('gen', x);
  for await (const x of [sleep(5, 'a'), 'b', Promise.resolve('c')]) console.log('sync', x);
  for await (const x of gen()) { if (x === 2) break; console.log('break-loop', x); }
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { i++; return Promise.resolve({ value: i, done: i > 3 }); },
        return() { console.log('return called'); return Promise.resolve({ done: true }); },
      };
    },
  };
  for await (const v of custom) { console.log('custom', v); if (v === 2) break; }
  try {
    for await (const v of custom) { throw new Error('boom ' + v); }
  } catch (e) { console.log('caught', e.message); }
  let last;
  for await (last of gen());
  console.log('last', last);
  outer: for (const a of [1, 2]) {
    for await (const b of gen()) { if (b === 2) continue outer; console.log('labelled', a, b); }
  }
  try { for await (const x of 5) {} } catch (e) { console.log(e.name + ': ' + e.message); }
  try { for await (const x of { [Symbol.asyncIterator]() { return { next() { return 1; } }; } }) {} } catch (e) { console.log(e.name + ': ' + e.message); }
  async function early() { for await (const x of custom) { return x * 10; } }
  console.log('early', await early());
  for await (const ch of 'hé') console.log('char', ch);
}
main().then(() => console.log('done'));
console.log('sync end');
