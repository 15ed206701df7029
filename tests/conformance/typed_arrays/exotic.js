// Integer-indexed exotic object semantics: canonical numeric string keys, out-of-range reads
// and writes, `in`, defineProperty, delete, own keys, for-in, and the prototype chain.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const u = new Uint8Array([10, 20]);
show('reads', () => [u[0], u['1'], u[2], u[-1], u['-1'], u[1.5], u['1.5'], u['-0'], u[-0], u['01'], u['+1'], u[' 1'], u['1e0'], u[4294967295], u[Infinity], u[NaN], u['-Infinity']]);
u[2] = 5;
u[-1] = 5;
u['1.5'] = 5;
u['-0'] = 5;
u[Infinity] = 5;
u.NaN = 5;
show('ignored writes', () => [u, Object.keys(u), u.NaN, u[2]]);
u['01'] = 'a';
u['1e0'] = 'b';
u.foo = 'c';
show('ordinary keys', () => [u['01'], u['1e0'], u.foo, Object.keys(u)]);
show('in', () => [0 in u, 1 in u, 2 in u, '-0' in u, '1.5' in u, '01' in u, 'foo' in u, 'length' in u]);
show('hasOwnProperty', () => [u.hasOwnProperty(0), u.hasOwnProperty(2), u.hasOwnProperty('-0'), u.hasOwnProperty('length')]);
show('descriptor', () => [Object.getOwnPropertyDescriptor(u, 0), Object.getOwnPropertyDescriptor(u, 2), Object.getOwnPropertyDescriptor(u, '-0')]);
show('define value', () => Object.defineProperty(u, 0, { value: 77 })[0]);
show('define full', () => Object.defineProperty(u, 1, { value: 78, writable: true, enumerable: true, configurable: true })[1]);
show('define out of range', () => Object.defineProperty(u, 5, { value: 1 }));
show('define minus zero', () => Object.defineProperty(u, '-0', { value: 1 }));
show('define fraction', () => Object.defineProperty(u, '0.5', { value: 1 }));
show('define non-configurable', () => Object.defineProperty(u, 0, { value: 1, configurable: false }));
show('define non-enumerable', () => Object.defineProperty(u, 0, { value: 1, enumerable: false }));
show('define read-only', () => Object.defineProperty(u, 0, { value: 1, writable: false }));
show('define accessor', () => Object.defineProperty(u, 0, { get() { return 1; } }));
show('define named', () => Object.defineProperty(u, 'extra', { value: 1, enumerable: true }).extra);
show('delete', () => [delete u[0], delete u[7], delete u['-0'], delete u.foo, u[0], 'foo' in u]);
show('strict out-of-range write', () => {
  'use strict';
  u[10] = 1;
  return 'no error';
});
show('own keys', () => Object.getOwnPropertyNames(u));
const keys = [];
for (const key in u) keys.push(key);
show('for-in', () => keys);
show('entries', () => Object.entries(u));
show('assign from', () => Object.assign({}, u));
show('assign to', () => Object.assign(new Uint8Array(3), [1, 2, 3, 4]));
show('spread object', () => ({ ...new Int8Array([-1, 1]) }));
show('JSON', () => JSON.stringify({ data: new Float32Array([0.5, 2]) }));

Object.prototype[3] = 'inherited';
Object.prototype['-1'] = 'inherited';
show('prototype chain not consulted', () => [u[3], 3 in u, u[-1], -1 in u]);
delete Object.prototype[3];
delete Object.prototype['-1'];

const child = Object.create(new Uint8Array([1, 2]));
child[0] = 9;
child[5] = 9;
show('inherited element write', () => [Object.keys(child), child[0], Object.getPrototypeOf(child)[0], child[5]]);
show('inherited element read', () => [child[1], 1 in child, 5 in child]);

Object.preventExtensions(u);
u.later = 1;
show('non-extensible', () => [u.later, Object.isExtensible(u), u[0] = 3, u[0]]);
show('freeze empty', () => Object.isFrozen(Object.freeze(new Uint8Array(0))));
show('frozen check', () => [Object.isFrozen(new Uint8Array(2)), Object.isSealed(new Uint8Array(0))]);

const f = new Float64Array(3);
for (let i = 0; i < f.length; i++) f[i] = i / 2;
let total = 0;
for (let i = 0; i < f.length; i++) total += f[i];
show('index loop', () => [f, total]);
const big = new Int32Array(1000);
for (let i = 0; i < big.length; i++) big[i] = i * i;
let sum = 0;
for (let i = 0; i < big.length; i++) sum += big[i];
show('sum of squares', () => sum);
