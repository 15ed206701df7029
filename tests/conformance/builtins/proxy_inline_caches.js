'use strict';
// Inline caches: property sites that see plain objects and proxies alternately must reach
// the traps every time (a proxy never hits a cached shape).
let gets = 0, sets = 0;
const handler = {
  get(t, k, r) { gets++; return k === 'x' ? 'trapped' : Reflect.get(t, k, r); },
  set(t, k, v, r) { sets++; return Reflect.set(t, k, v * 10, r); },
};
const plain = { x: 1, y: 2 };
const sameShape = { x: 3, y: 4 };
const proxy = new Proxy({ x: 5, y: 6 }, handler);
const list = [plain, proxy, sameShape, proxy, plain];
const out = [];
for (let round = 0; round < 3; round++) {
  for (const o of list) out.push(o.x, o.y);
}
console.log(out.join(','), gets);
for (let i = 0; i < 4; i++) {
  for (const o of [plain, proxy]) { o.y = i; }
}
console.log(plain.y, proxy.y, sets, gets);
// computed keys and elements
const arr = [1, 2, 3];
const parr = new Proxy([7, 8, 9], { get(t, k, r) { return k === '1' ? 'one' : Reflect.get(t, k, r); } });
const got = [];
for (let i = 0; i < 3; i++) for (const a of [arr, parr]) got.push(a[1], a[i]);
console.log(got.join(','));
// inherited through a proxy prototype: the one-level-up cache must not record it
const protoProxy = new Proxy({ m: 'proto' }, { get(t, k, r) { return k === 'm' ? 'via-trap' : Reflect.get(t, k, r); } });
const objs = [Object.create({ m: 'plain-proto' }), Object.create(protoProxy), Object.create({ m: 'other' })];
const ms = [];
for (let i = 0; i < 3; i++) for (const o of objs) ms.push(o.m);
console.log(ms.join(','));
// a plain object whose prototype becomes a proxy after the cache filled
const base = { v: 'base' };
const child = Object.create(base);
const vs = [];
for (let i = 0; i < 4; i++) {
  if (i === 2) Object.setPrototypeOf(child, new Proxy(base, { get() { return 'swapped'; } }));
  vs.push(child.v);
}
console.log(vs.join(','));
// writes through the write cache
const w1 = { k: 0 }, w2 = new Proxy({ k: 0 }, { set(t, k, v) { t[k] = -v; return true; } });
for (let i = 1; i <= 3; i++) for (const o of [w1, w2]) o.k = i;
console.log(w1.k, w2.k);
