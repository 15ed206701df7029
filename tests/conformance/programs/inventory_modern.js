'use strict';
class EventBus {
  #handlers = new Map();
  on(name, fn) { (this.#handlers.get(name) ?? this.#handlers.set(name, []).get(name)).push(fn); return this; }
  emit(name, ...args) { for (const fn of this.#handlers.get(name) ?? []) fn(...args); }
}
class Inventory extends EventBus {
  static #instances = 0;
  items = new Map();
  constructor() { super(); Inventory.#instances++; }
  add({ sku, qty = 1, ...rest }) {
    const cur = this.items.get(sku) ?? { qty: 0, ...rest };
    cur.qty += qty; this.items.set(sku, cur); this.emit('change', sku, cur.qty);
    return this;
  }
  *[Symbol.iterator]() { for (const [sku, { qty }] of this.items) yield `${sku}:${qty}`; }
  get total() { return [...this.items.values()].reduce((s, { qty }) => s + qty, 0); }
  static get count() { return Inventory.#instances; }
}
const inv = new Inventory();
const log = [];
inv.on('change', (sku, q) => log.push(`${sku}=${q}`));
inv.add({ sku: 'apple', qty: 3, color: 'red' }).add({ sku: 'pear' }).add({ sku: 'apple' });
console.log([...inv].join(' '), inv.total, Inventory.count, log.join(','));
console.log(JSON.stringify(Object.fromEntries(inv.items)));
const grouped = {};
for (const word of 'the quick brown the lazy dog the end'.split(' ')) grouped[word] = (grouped[word] || 0) + 1;
console.log(Object.entries(grouped).sort(([, a], [, b]) => b - a || 0).slice(0, 3));
async function pipeline(values) {
  const out = [];
  for (const v of values) { out.push(await new Promise((r) => setTimeout(() => r(v * 2), 1))); }
  return out;
}
pipeline([1, 2, 3]).then((r) => console.log('pipeline', r));
const memo = new Map(); const fib = (n) => n < 2 ? n : memo.get(n) ?? (memo.set(n, fib(n - 1) + fib(n - 2)), memo.get(n));
console.log(fib(80), typeof fib, [1, [2, [3, [4]]]].flat(Infinity));
label: for (const a of [1, 2]) { for (const b of [1, 2]) { if (b === 2) continue label; console.log(a, b); } }
console.log(String(new Error('x', { cause: 'y' }).cause), [3, 1, 2].toSorted(), Object.groupBy === undefined);
