// freeze, seal, preventExtensions and their tests.
const o = { a: 1, get g() { return 2; } };
console.log(Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
console.log(Object.preventExtensions(o) === o, Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
o.b = 2;
o.a = 5;
console.log(o.b, o.a, delete o.a, "a" in o);
const s = Object.seal({ x: 1 });
s.x = 2;
s.y = 3;
console.log(s.x, s.y, delete s.x, s.x, Object.isSealed(s), Object.isFrozen(s));
const f = Object.freeze({ x: 1, nested: { y: 1 }, get acc() { return "acc"; } });
f.x = 2;
f.nested.y = 2;
console.log(f.x, f.nested.y, f.acc, Object.isFrozen(f), Object.isSealed(f), Object.isFrozen(f.nested));
const d = Object.getOwnPropertyDescriptor(f, "x");
const da = Object.getOwnPropertyDescriptor(f, "acc");
console.log(d.writable, d.configurable, d.enumerable, da.configurable, "writable" in da);
const arr = Object.freeze([1, 2]);
arr[0] = 9;
arr[5] = 9;
console.log(arr.join(","), arr.length, Object.getOwnPropertyDescriptor(arr, "length").writable);
// Primitives are returned as they are; their tests say frozen.
console.log(Object.freeze(1), Object.seal("s"), Object.preventExtensions(true), Object.isFrozen(1), Object.isSealed("x"), Object.isExtensible(1));
// An empty non-extensible object is frozen.
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({ a: 1 })));
function F() {}
Object.freeze(F);
console.log(Object.isFrozen(F), Object.getOwnPropertyDescriptor(F, "prototype").writable);
for (const t of [
  () => Object.defineProperties(Object.freeze({}), { x: { value: 1 } }),
  () => Object.defineProperty(Object.freeze({ x: 1 }), "x", { value: 2 }),
  () => Object.assign(Object.freeze({ a: 1 }), { a: 2 }),
  () => Object.assign(Object.preventExtensions({}), { b: 2 }),
]) {
  try {
    t();
    console.log("no error");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
