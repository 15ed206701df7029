// Plain break and continue in every loop kind.
const out = [];
for (let i = 0; i < 10; i++) {
  if (i % 2) continue;
  if (i > 6) break;
  out.push(i);
}
console.log(out);
let i = 0;
const w = [];
while (true) {
  i++;
  if (i === 3) continue;
  if (i > 5) break;
  w.push(i);
}
console.log(w);
const f = [];
for (const x of [1, 2, 3, 4, 5]) {
  if (x === 2) continue;
  if (x === 4) break;
  f.push(x);
}
console.log(f);
const k = [];
for (const key in { a: 1, b: 2, c: 3 }) {
  if (key === "b") continue;
  k.push(key);
}
console.log(k);
