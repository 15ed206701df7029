// for-in and for-of with let/const create a fresh binding per iteration.
const a = [];
for (const k in { x: 1, y: 2, z: 3 }) a.push(() => k);
console.log(a.map((f) => f()).join(""));
const b = [];
for (let v of [1, 2, 3]) {
  v *= 10;
  b.push(() => v);
}
console.log(b.map((f) => f()));
const c = [];
for (var w of [1, 2, 3]) c.push(() => w);
console.log(c.map((f) => f()));
