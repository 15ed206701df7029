// for await inside async generators, over async generators, with finally blocks and errors.
async function* numbers(limit) {
  try {
    for (let i = 1; i <= limit; i++) {
      await null;
      yield i;
    }
  } finally {
    console.log('numbers finally', limit);
  }
}
async function* doubled(source) {
  for await (const n of source) yield n * 2;
}
async function* failing() {
  yield 'first';
  throw new TypeError('generator failed');
}
async function main() {
  const seen = [];
  for await (const n of doubled(numbers(3))) seen.push(n);
  console.log(seen);
  for await (const n of doubled(numbers(10))) {
    if (n > 4) break;
    console.log('n', n);
  }
  try {
    for await (const value of failing()) console.log('value', value);
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  const rejected = [Promise.resolve(1), Promise.reject(new Error('rejected element'))];
  try {
    for await (const v of rejected) console.log('v', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  let total = 0;
  for await (const { a, b = 10 } of [{ a: 1 }, Promise.resolve({ a: 2, b: 3 })]) total += a + b;
  console.log('total', total);
}
main().then(() => console.log('end'));
