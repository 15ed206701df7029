// Spreading arrays (`[...a]`, `f(...a)`, `new F(...a)`): the copy without an iterator must
// behave exactly like the iteration protocol — holes, inherited elements, lengths past the
// stored elements, own and patched iterators, subclasses, array-likes.
'use strict';

function show(label, value) {
  console.log(label, JSON.stringify(value));
}
function args(...rest) {
  return rest;
}
function Pair(a, b) {
  this.a = a;
  this.b = b;
}

const plain = [1, 'two', { three: 3 }, [4], null, undefined];
show('plain', [...plain]);
show('plain twice', [...plain, ...plain].length);
show('call', args(...plain));
show('construct', new Pair(...[5, 6]));
show('mixed', [0, ...[1, 2], 3, ...[], ...'ab']);

const holes = [1, , 3];
show('holes', [...holes]);
Array.prototype[1] = 'inherited';
show('holes inherited', [...holes]);
show('holes call', args(...holes));
delete Array.prototype[1];

const longer = [1, 2];
longer.length = 5;
show('length past elements', [...longer]);
const sparse = [];
sparse[3] = 'x';
sparse[100000] = 'y';
show('sparse count', [...sparse].length, [...sparse][3]);
console.log('sparse', [...sparse].length, [...sparse][3], [...sparse][100000], [...sparse][0]);

// Own iterator on the array.
const own = [1, 2, 3];
own[Symbol.iterator] = function* () { yield 'own'; };
show('own iterator', [...own]);

// Subclass with its own iterator.
class Reversed extends Array {
  *[Symbol.iterator]() {
    for (let i = this.length - 1; i >= 0; i--) yield this[i];
  }
}
const reversed = Reversed.from([1, 2, 3]);
show('subclass', [...reversed]);
class Plain extends Array {}
show('plain subclass', [...Plain.of(7, 8)]);

// Array-likes and other iterables.
function argumentsSpread() {
  return [...arguments];
}
show('arguments', argumentsSpread(1, 2, 3));
show('string', [...'héllo']);
show('set', [...new Set([1, 1, 2])]);
show('map', [...new Map([[1, 'a']])]);
show('typed', [...new Uint8Array([9, 8])]);
try {
  [...{ length: 2, 0: 'a', 1: 'b' }];
} catch (e) {
  console.log('array-like', e.name);
}

// A getter element defined on the array (not dense any more).
const withGetter = [1, 2, 3];
Object.defineProperty(withGetter, 1, { get() { return 'got'; } });
show('getter element', [...withGetter]);

// The array changes while a spread of it runs: an iterator reads lazily.
const growing = [1, 2];
const patched = [...growing, (growing.push(3), 'after')];
show('mutated later', patched);

// Patched Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next.
const original = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; yield this.length; };
show('patched iterator', [...[1, 2, 3]]);
show('patched call', args(...[1, 2]));
Array.prototype[Symbol.iterator] = original;
show('restored', [...[1, 2, 3]]);
const arrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const originalNext = arrayIteratorPrototype.next;
let nextCalls = 0;
arrayIteratorPrototype.next = function () {
  nextCalls++;
  return originalNext.call(this);
};
show('patched next', [...[4, 5, 6]]);
console.log('next calls', nextCalls);
arrayIteratorPrototype.next = originalNext;
show('next restored', [...[4, 5, 6]]);

// Non-iterables.
for (const value of [null, undefined, 5, {}]) {
  try {
    [...value];
  } catch (e) {
    console.log('spread of', String(value), e.name);
  }
}

// Many spreads: results stay correct across collections.
let total = 0;
for (let i = 0; i < 20000; i++) {
  const copy = [...[i, i + 1, i + 2], ...[i * 2]];
  total = (total + copy[0] + copy[1] + copy[2] + copy[3] + copy.length) % 1000003;
}
console.log('total', total);
