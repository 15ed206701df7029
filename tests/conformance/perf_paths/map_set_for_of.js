// for-of, spread and destructuring over Map and Set iterators step them without result
// objects while `next` is the intrinsic one; these cases check that nothing observable changes.
const set = new Set([1, 2, 3, 4, 5]);
const seen = [];
for (const value of set) {
  seen.push(value);
  if (value === 2) set.delete(3);
  if (value === 4) set.add(6);
  if (value === 5) set.add(5);
}
console.log(seen, [...set]);

const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const [key, value] of map) {
  if (key === 'a') map.delete('b');
  if (key === 'c') map.set('d', value * 10);
  console.log(key, value);
}
console.log([...map.keys()], [...map.values()], [...map.entries()]);

const cleared = new Set(['x', 'y', 'z']);
for (const value of cleared) {
  console.log('cleared loop', value);
  if (value === 'x') {
    cleared.clear();
    cleared.add('w');
  }
}

// Many deletions compact the table while an iterator is live.
const big = new Set(Array.from({ length: 100 }, (_, i) => i));
const kept = [];
for (const value of big) {
  if (value === 10) for (let i = 11; i < 90; i++) big.delete(i);
  kept.push(value);
}
console.log(kept.length, kept.slice(0, 12), kept.slice(-10));

// A replaced `next` is used (read once, when the loop starts).
const SetIteratorPrototype = Object.getPrototypeOf(new Set().values());
const intrinsicNext = SetIteratorPrototype.next;
SetIteratorPrototype.next = function () {
  const step = intrinsicNext.call(this);
  return step.done ? step : { value: step.value * 100, done: false };
};
console.log([...new Set([1, 2])]);
for (const v of new Set([3])) console.log('patched', v);
SetIteratorPrototype.next = intrinsicNext;
console.log([...new Set([1, 2])]);

const iterator = new Set([7, 8, 9]).values();
const loop = [];
for (const v of iterator) {
  loop.push(v);
  SetIteratorPrototype.next = () => ({ done: true });
}
SetIteratorPrototype.next = intrinsicNext;
console.log(loop, iterator.next());

// Mixed keys: the same string object, equal strings, numbers, -0, NaN, objects.
const key = 'k' + Math.random().toString().slice(0, 0) + 'ey';
const mixed = new Map([[key, 1], [NaN, 2], [0, 3], [{}, 4]]);
console.log(mixed.get('key'), mixed.get(key), mixed.get(NaN), mixed.get(-0), mixed.has({}));
const [first, second] = mixed;
console.log(first, second);
const wrong = { next: intrinsicNext };
try {
  for (const v of { [Symbol.iterator]: () => wrong }) console.log(v);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
