// Object.assign copies own enumerable properties left to right.
const target = { a: 1, b: 1 };
const result = Object.assign(target, { b: 2, c: 2 }, { c: 3, d: 3 });
console.log(result, result === target);
console.log(Object.assign({}, null, undefined, { x: 1 }), Object.assign({}, "ab"));
const proto = { inherited: true };
const src = Object.create(proto);
src.own = true;
console.log(Object.assign({}, src));
const nested = { inner: { v: 1 } };
const copy = Object.assign({}, nested);
copy.inner.v = 2;
console.log(nested.inner.v);
