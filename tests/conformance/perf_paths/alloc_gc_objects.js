// Objects made by `new F` and `{}` that later get more than plain named properties —
// private elements, sparse elements, dictionary mode, accessors, many slots — must keep
// everything they hold across many garbage collections.
'use strict';

let seed = 7;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

// Churn: enough short-lived garbage to run the collector many times.
function churn(rounds) {
  let keep = null;
  for (let i = 0; i < rounds; i++) {
    const node = { left: keep, value: i, label: 'n' + (i % 100) };
    keep = i % 64 === 0 ? null : node;
  }
  return keep === null ? 0 : keep.value;
}

class Secret {
  #hidden;
  #method() { return this.#hidden.payload.length; }
  constructor(n) {
    this.n = n;
    this.#hidden = { payload: 'secret-' + n, nested: { deep: [n, n + 1] } };
  }
  reveal() { return this.#hidden.payload + ':' + this.#hidden.nested.deep.join(',') + ':' + this.#method(); }
}

function Sparse(n) {
  this.n = n;
  this[1000000 + n] = { far: 'far-' + n };
  this[5] = { near: n };
}

function Dictionary(n) {
  this.a = { tag: 'a' + n };
  this.b = { tag: 'b' + n };
  this.c = { tag: 'c' + n };
  delete this.a;
  for (let i = 0; i < 80; i++) this['k' + i] = { i: i + n };
}

function WithAccessor(n) {
  const box = { stored: 'acc-' + n };
  Object.defineProperty(this, 'value', { get() { return box.stored; }, enumerable: true });
}

function Wide(n) {
  for (let i = 0; i < 50; i++) this['w' + i] = { i: i * n };
}

const keep = [];
for (let i = 0; i < 60; i++) {
  keep.push(new Secret(i), new Sparse(i), new Dictionary(i), new WithAccessor(i), new Wide(i));
  const literal = {};
  literal.list = [{ i }, { j: i + 1 }];
  literal[2000000 + i] = { sparseLiteral: i };
  delete literal.list;
  literal.after = { afterDelete: i };
  keep.push(literal);
  churn(3000);
}
let check = 0;
for (let round = 0; round < 3; round++) {
  churn(200000);
  let text = '';
  for (let i = 0; i < keep.length; i += 6) {
    const n = i / 6;
    const secret = keep[i], sparse = keep[i + 1], dictionary = keep[i + 2];
    const accessor = keep[i + 3], wide = keep[i + 4], literal = keep[i + 5];
    text += secret.reveal().length + ',';
    if (sparse[1000000 + n].far !== 'far-' + n || sparse[5].near !== n) throw new Error('sparse ' + n);
    if (dictionary.a !== undefined || dictionary.b.tag !== 'b' + n || dictionary.k79.i !== 79 + n) throw new Error('dictionary ' + n);
    if (accessor.value !== 'acc-' + n) throw new Error('accessor ' + n);
    if (wide.w49.i !== 49 * n) throw new Error('wide ' + n);
    if (literal[2000000 + n].sparseLiteral !== n || literal.after.afterDelete !== n || 'list' in literal) throw new Error('literal ' + n);
    check = (check * 31 + secret.reveal().length + dictionary.k10.i + wide.w3.i) % 1000003;
  }
  console.log('round', round, text.length, check);
}
console.log(keep[0].reveal(), keep[6].reveal(), keep[354].reveal());
console.log(JSON.stringify(keep[2].k0), JSON.stringify(keep[3]), Object.keys(keep[4]).length);
console.log(Object.keys(keep[5]).join(' '));

// Random object graphs built by constructors and literals, checked after more garbage.
function Node(value, next) {
  this.value = value;
  this.next = next;
}
let lists = [];
for (let i = 0; i < 200; i++) {
  let list = null;
  const length = random() % 50;
  for (let j = 0; j < length; j++) {
    list = j % 3 === 0 ? new Node(j, list) : { value: j, next: list, extra: j % 2 ? { odd: j } : null };
  }
  lists.push(list);
  if (i % 20 === 0) churn(20000);
}
churn(300000);
let total = 0;
for (const list of lists) {
  for (let node = list; node !== null; node = node.next) {
    total += node.value + (node.extra ? node.extra.odd : 0);
  }
}
console.log('lists', lists.length, total);
