// Subclasses: then/finally build the species, Promise.resolve keeps same-constructor promises,
// and statics honour their `this`.
class MyPromise extends Promise {
  constructor(executor) {
    super(executor);
    this.tag = 'mine';
  }
}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p.tag, p.then(() => {}) instanceof MyPromise);
console.log(MyPromise.resolve(p) === p, Promise.resolve(p) === p, Promise.resolve(Promise.resolve(2)) instanceof MyPromise);
console.log(p.finally(() => {}) instanceof MyPromise, MyPromise.all([1]) instanceof MyPromise, MyPromise.reject(0).catch(() => {}) instanceof MyPromise);
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const q = Plain.resolve(3);
console.log(q instanceof Plain, q.then(() => {}) instanceof Plain, q.then(() => {}) instanceof Promise);
let constructed = 0;
function Counting(executor) {
  constructed++;
  return new Promise(executor);
}
Counting.resolve = (v) => Promise.resolve(v);
const r = Promise.resolve(4);
r.constructor = { [Symbol.species]: Counting };
r.then(() => console.log('species built', constructed));
const s = Promise.resolve(5);
s.constructor = undefined;
s.then((v) => console.log('undefined constructor uses %Promise%', v));
const t = Promise.resolve(6);
t.constructor = { [Symbol.species]: null };
t.then((v) => console.log('null species uses %Promise%', v));
console.log(Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.call(7));
