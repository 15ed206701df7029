async function* inner() {
  try {
    const a = yield 1;
    console.log('inner got', a);
    yield 2;
    return 'inner done';
  } finally {
    console.log('inner finally');
  }
}
async function* outer() {
  const result = yield* inner();
  console.log('result', result);
  yield* [10, Promise.resolve(20)];
  yield* (function* () { yield 'sync-gen'; })();
  return 'outer done';
}
async function main() {
  const g = outer();
  console.log(await g.next());
  console.log(await g.next('A'));
  for (;;) {
    const r = await g.next();
    console.log(r);
    if (r.done) break;
  }
  const h = outer();
  await h.next();
  console.log(await h.return('early'));
  const t = outer();
  await t.next();
  try { await t.throw(new Error('thrown in')); } catch (e) { console.log('caught', e.message); }
  const collected = [];
  for await (const v of outer()) collected.push(v);
  console.log(collected);
  async function* noThrow() { yield* { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 'x', done: false }); }, return() { console.log('return called'); return Promise.resolve({ done: true }); } }; } }; }
  const n = noThrow();
  await n.next();
  try { await n.throw(new Error('x')); } catch (e) { console.log(e.name + ': ' + e.message); }
}
main().then(() => console.log('end'));
