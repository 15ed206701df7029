// Creating and calling many closures.
const fns = [];
for (let i = 0; i < 10000; i++) {
  fns.push(() => i * 2);
}
let sum = 0;
for (const f of fns) sum += f();
console.log(sum);
function makeAdders(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push((x) => x + i);
  return out;
}
let total = 0;
for (let round = 0; round < 100; round++) {
  const adders = makeAdders(100);
  total += adders[round](round);
}
console.log(total);
