// Object literals get room for their properties in their cell (more than an empty object's
// four): accessors, spreads, computed keys, __proto__, and properties added or deleted
// afterwards must behave the same whatever the cell holds.
const a = {
  x: 1, y: 2, z: 3, w: 4, v: 5, u: 6,
  get g() { return this.x; },
  set g(value) { this.x = value; },
  ...{ s: 7 },
  [`c${1}`]: 8,
};
a.g = 10;
a.extra = 1;
a.extra2 = 2;
console.log(a, Object.keys(a).length);

const withProto = { __proto__: { inherited: 'yes' }, own1: 1, own2: 2, own3: 3, own4: 4, own5: 5 };
console.log(withProto.inherited, Object.keys(withProto), Object.getPrototypeOf(withProto).inherited);

const lit40 = {
  a0: 0, a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, a6: 6, a7: 7, a8: 8, a9: 9,
  b0: 0, b1: 1, b2: 2, b3: 3, b4: 4, b5: 5, b6: 6, b7: 7, b8: 8, b9: 9,
  c0: 0, c1: 1, c2: 2, c3: 3, c4: 4, c5: 5, c6: 6, c7: 7, c8: 8, c9: 9,
  d0: 0, d1: 1, d2: 2, d3: 3, d4: 4, d5: 5, d6: 6, d7: 7, d8: 8, d9: 9,
};
lit40.e0 = 'after';
delete lit40.b5;
console.log(Object.keys(lit40).length, lit40.d9, lit40.e0, 'b5' in lit40, JSON.stringify(lit40).length);

const { x, ...rest } = a;
console.log(x, rest);

function record(id) {
  return { id, name: 'n' + id, tags: ['t'], score: id * 2, active: id % 2 === 0, nested: { id } };
}
let total = 0;
for (let i = 0; i < 20000; i++) {
  const r = record(i);
  r.seen = true;
  total += r.score + r.nested.id + (r.active ? 1 : 0) + (r.seen ? 1 : 0);
}
console.log(total);
