// for-in over objects whose prototype chains add no keys (walk cut short) and chains that
// do (enumerable properties added to Object.prototype, Array.prototype, class prototypes;
// shadowing by non-enumerable own properties); destructuring arrays while their iteration
// is pristine, then patched.
const proto = { inherited: 1 };
const o = Object.create(proto); o.own = 2; o[3] = 'x';
const keys = []; for (const k in o) keys.push(k); console.log(keys);
Object.defineProperty(Object.prototype, 'bad', { value: 1, enumerable: true, configurable: true });
const k2 = []; for (const k in { a: 1 }) k2.push(k); console.log(k2);
delete Object.prototype.bad;
const k3 = []; for (const k in { a: 1 }) k3.push(k); console.log(k3);
Array.prototype.extra = 5; const k4 = []; for (const k in [1, 2]) k4.push(k); console.log(k4); delete Array.prototype.extra;
class A { m() {} } class B extends A { constructor() { super(); this.f = 1; } }
const k5 = []; for (const k in new B()) k5.push(k); console.log(k5);
A.prototype.visible = 1; const k6 = []; for (const k in new B()) k6.push(k); console.log(k6);
const shadow = Object.create({ x: 1, y: 2 }); Object.defineProperty(shadow, 'x', { value: 3, enumerable: false }); shadow.z = 1;
const k7 = []; for (const k in shadow) k7.push(k); console.log(k7);
Object.prototype[0] = 'z'; const k8 = []; for (const k in {}) k8.push(k); console.log(k8); delete Object.prototype[0];
const k9 = []; for (const k in 'ab') k9.push(k); console.log(k9);
const k10 = []; for (const k in Object.create(null)) k10.push(k); console.log(k10);
let sum = 0;
const pair = [1, 2];
for (let i = 0; i < 1000; i++) {
  const [a, b] = pair;
  sum += a + b;
}
const originalIterator = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
const [first, second] = pair;
console.log(sum, first, second);
Array.prototype[Symbol.iterator] = originalIterator;
const [again] = pair;
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const originalNext = ArrayIteratorPrototype.next;
ArrayIteratorPrototype.next = function () { return { done: false, value: 'next patched' }; };
const [viaNext] = pair;
ArrayIteratorPrototype.next = originalNext;
const own = [7, 8];
own[Symbol.iterator] = function* () { yield 'own'; };
const [fromOwn] = own;
function args() { const [x, y] = arguments; return x + y; }
console.log(again, viaNext, fromOwn, args(3, 4));
