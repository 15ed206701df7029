// Map and Set keys by SameValueZero: strings equal by contents (built in different ways),
// numbers (-0 and +0 one key; NaN from any operation one key), BigInts by value, objects by
// identity; many keys, lookups of fresh strings, deletes.
const m = new Map();
const keys = [];
for (let i = 0; i < 5000; i++) keys.push('k' + i, i, -i, i + 0.5, 10n ** BigInt(i % 30), `s${i % 7}`);
for (const k of keys) m.set(k, typeof k);
let hits = 0;
for (let i = 0; i < 5000; i++) {
  if (m.has('k' + i)) hits++;
  if (m.has(i)) hits++;
  if (m.get(10n ** BigInt(i % 30)) === 'bigint') hits++;
  if (m.has(String(i))) hits--;
}
console.log(m.size, hits);

const zero = 0;
const nans = [NaN, 0 / zero, zero / zero, Math.sqrt(-1), Infinity - Infinity, -NaN, -(zero / zero), Number('x'), parseFloat('nan'), Math.max(NaN, 1), new Float64Array([NaN])[0]];
m.set(-0, 'zero');
m.set(NaN, 'nan');
console.log(m.get(0), m.get(+0), m.get(-zero), nans.map((n) => m.get(n)).join(' '));
const nanSet = new Set(nans);
console.log(nanSet.size, nans.map((n) => nanSet.has(n)).every(Boolean), [...nanSet]);
for (const n of nans) m.delete(n);
console.log(m.has(NaN), m.size);

const s = new Set(['a', 'b', 'a' + '', ['a'].join(''), String.fromCharCode(97), 'ab'.slice(0, 1)]);
console.log(s.size, [...s]);
const o1 = {}, o2 = {};
const byObject = new Map([[o1, 1], [o2, 2], [o1, 3]]);
console.log(byObject.size, byObject.get(o1), byObject.get(o2), byObject.get({}));
for (let i = 0; i < 3000; i++) m.delete('k' + i);
console.log(m.size, m.has('k2999'), m.has('k3000'), m.get('k4999'));
