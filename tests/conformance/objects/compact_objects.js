// Ordinary objects made by `{}` and `new F` are compact cells (no room for another kind):
// everything an ordinary object can do must still work on them.
function Pair(a, b) {
  this.a = a;
  this.b = b;
}
function One(x) {
  this.x = x;
}
class Secret {
  #hidden = 41;
  constructor(label) {
    this.label = label;
  }
  reveal() {
    return this.#hidden + 1;
  }
  static has(o) {
    return #hidden in o;
  }
}

const pairs = [];
for (let i = 0; i < 2000; i++) pairs.push(new Pair(i, { n: i }));
let sum = 0;
for (const p of pairs) sum += p.a + p.b.n;
console.log('sum', sum);

// Grow past the inline slots, then delete (dictionary mode), then add again.
const grown = new One(1);
for (let i = 0; i < 40; i++) grown['k' + i] = i;
delete grown.k3;
grown.after = 'yes';
console.log(Object.keys(grown).length, grown.k39, grown.k3, grown.after, 'k3' in grown);

// One-property objects, indexed properties, sparse indices on an ordinary object.
const single = { only: 1 };
single[0] = 'zero';
single[5] = 'five';
single[1e6] = 'million';
console.log(JSON.stringify(single), Object.keys(single));

// Prototype changes, freezing, sealing, accessors.
const base = { greet() { return 'hi ' + this.name; } };
const child = { name: 'child' };
Object.setPrototypeOf(child, base);
console.log(child.greet(), Object.getPrototypeOf(child) === base);
const frozen = Object.freeze(new Pair(1, 2));
frozen.a = 99;
console.log(frozen.a, Object.isFrozen(frozen), Object.isExtensible(frozen));
const sealed = Object.seal({ s: 1 });
delete sealed.s;
console.log(sealed.s, Object.isSealed(sealed));
const accessor = { get double() { return this.v * 2; }, v: 21 };
console.log(accessor.double);
try {
  (function () { 'use strict'; frozen.a = 5; })();
} catch (error) {
  console.log(error.constructor.name, error.message);
}

// Private fields live beside a compact object's slots.
const secrets = [];
for (let i = 0; i < 500; i++) secrets.push(new Secret('s' + i));
console.log(secrets[499].reveal(), Secret.has(secrets[0]), Secret.has({}), secrets[3].label);

// Compact objects as keys of collections and weak collections, through collections.
const weak = new WeakMap();
const map = new Map();
for (const p of pairs.slice(0, 10)) {
  weak.set(p, p.a);
  map.set(p, p.b);
}
console.log(weak.get(pairs[7]), map.get(pairs[9]).n, weak.has({}), map.size);
const ref = new WeakRef(pairs[1]);
console.log(ref.deref() === pairs[1]);

// Kind checks on ordinary objects answer "ordinary".
const plain = {};
console.log(Array.isArray(plain), Object.prototype.toString.call(plain), typeof plain,
  plain instanceof Object, Object.prototype.toString.call(new One(2)));
console.log(require('util').inspect(new Pair(1, { deep: { deeper: [1, 2] } }), { depth: 4 }));
try {
  Map.prototype.get.call(plain, 1);
} catch (error) {
  console.log(error.constructor.name, error.message);
}
try {
  Date.prototype.getTime.call(new One(3));
} catch (error) {
  console.log(error.constructor.name, error.message);
}
try {
  Promise.prototype.then.call({}, () => {});
} catch (error) {
  console.log(error.constructor.name, error.message);
}

// Many short-lived objects: collections must reclaim and reuse compact cells.
let live = null;
let total = 0;
for (let round = 0; round < 200; round++) {
  let list = null;
  for (let i = 0; i < 1000; i++) list = { value: i, next: list };
  for (let node = list; node; node = node.next) total += node.value;
  if (round === 100) live = list;
}
let kept = 0;
for (let node = live; node; node = node.next) kept++;
console.log('total', total, 'kept', kept);
