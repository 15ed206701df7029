// Atomics on one thread: the read-modify-write operations, load/store/exchange and
// compareExchange on every integer type, index and type validation, wait's "not-equal" and
// "timed-out" answers, notify, isLockFree.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
console.log(Object.getOwnPropertyNames(Atomics).filter((name) => name !== 'waitAsync'), Atomics[Symbol.toStringTag], String(Atomics));
for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  const a = new T(new SharedArrayBuffer(T.BYTES_PER_ELEMENT * 2));
  const steps = [
    Atomics.store(a, 0, -1), Atomics.load(a, 0),
    Atomics.add(a, 0, 2), Atomics.load(a, 0),
    Atomics.sub(a, 0, 5), Atomics.load(a, 0),
    Atomics.and(a, 0, 0xff), Atomics.load(a, 0),
    Atomics.or(a, 0, 0x100), Atomics.load(a, 0),
    Atomics.xor(a, 0, 0xffff), Atomics.load(a, 0),
    Atomics.exchange(a, 0, 7), Atomics.load(a, 0),
    Atomics.compareExchange(a, 0, 7, 9), Atomics.compareExchange(a, 0, 7, 11), Atomics.load(a, 0),
    Atomics.add(a, 1, 2 ** 40 + 3), Atomics.load(a, 1),
  ];
  console.log(T.name, steps.join(' '));
}
const plain = new Int32Array(4);
show('non-shared buffers work', () => [Atomics.add(plain, 1, 5), Atomics.load(plain, 1), plain[1]]);
show('store returns the integer', () => [Atomics.store(new Int8Array(1), 0, 300), Atomics.store(new Int8Array(1), 0, 1.7), Object.is(Atomics.store(new Int8Array(1), 0, -0), -0), Atomics.store(new Int8Array(1), 0, '5')]);
show('compareExchange wraps expected', () => {
  const a = new Uint8Array(1);
  return [Atomics.compareExchange(a, 0, 256, 5), a[0]];
});
show('missing value', () => Atomics.add(new Int32Array(1), 0));
show('undefined index', () => Atomics.add(new Int32Array(2), undefined, 5));
show('string index', () => Atomics.load(new Int32Array(2), '1'));
show('object index', () => Atomics.load(new Int32Array(2), { valueOf() { return 1; } }));
show('index past end', () => Atomics.add(new Int32Array(2), 2, 1));
show('negative index', () => Atomics.add(new Int32Array(2), -1, 1));
show('fractional index', () => Atomics.load(new Int32Array(2), 1.5));
show('huge index', () => Atomics.add(new Int32Array(2), 2 ** 53, 1));
show('symbol index', () => Atomics.add(new Int32Array(2), Symbol(), 1));
show('coercion order', () => {
  const order = [];
  Atomics.compareExchange(new Int8Array(2), { valueOf() { order.push('index'); return 0; } }, { valueOf() { order.push('expected'); return 0; } }, { valueOf() { order.push('replacement'); return 1; } });
  return order;
});
show('float array', () => Atomics.add(new Float32Array(1), 0, 1));
show('float64 load', () => Atomics.load(new Float64Array(1), 0));
show('clamped array', () => Atomics.add(new Uint8ClampedArray(1), 0, 1));
show('plain array', () => Atomics.add([1], 0, 1));
show('plain object', () => Atomics.add({}, 0, 1));
show('data view', () => Atomics.load(new DataView(new ArrayBuffer(4)), 0));
show('isLockFree', () => [1, 2, 3, 4, 5, 8, 16, '4'].map((size) => Atomics.isLockFree(size)));
const shared = new Int32Array(new SharedArrayBuffer(16));
show('wait not equal', () => Atomics.wait(shared, 0, 1));
show('wait timed out', () => Atomics.wait(shared, 0, 0, 0));
show('wait short timeout', () => Atomics.wait(shared, 1, 0, 5));
show('wait negative timeout', () => Atomics.wait(shared, 1, 0, -10));
show('wait non-shared', () => Atomics.wait(new Int32Array(4), 0, 0, 0));
show('wait uint32', () => Atomics.wait(new Uint32Array(new SharedArrayBuffer(16)), 0, 0, 0));
show('wait index', () => Atomics.wait(shared, 4, 0, 0));
show('notify', () => [Atomics.notify(shared, 0), Atomics.notify(shared, 0, 1), Atomics.notify(new Int32Array(4), 0)]);
show('notify uint8', () => Atomics.notify(new Uint8Array(new SharedArrayBuffer(4)), 0));
show('notify index', () => Atomics.notify(shared, 9));
