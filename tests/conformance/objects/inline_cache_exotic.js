// Inline caches next to accessors and exotic objects: getters on prototypes, arrays' and
// strings' `length`, typed arrays' numeric keys, proxies, dictionary-mode objects, lazy
// Error stacks, functions, and prototypes that die and are replaced (collections).
let calls = 0;
const withGetter = {
  get g() { calls++; return "getter:" + this.id; },
};
const a = Object.create(withGetter);
a.id = "a";
const b = Object.create(Object.create(withGetter));
b.id = "b";
function readG(o) { return o.g; }
const gs = [];
for (let i = 0; i < 8; i++) {
  if (i === 4) Object.defineProperty(withGetter, "g", { value: "data now", configurable: true });
  if (i === 6) Object.defineProperty(withGetter, "g", { get() { return "second getter " + this.id; }, configurable: true });
  gs.push(readG(i % 2 ? a : b));
}
console.log(gs.join(","), calls);

// `length` on arrays, strings, wrappers, and ordinary objects inheriting a `length`.
function len(o) { return o.length; }
const lengthy = [[1, 2, 3], "abcd", new String("xy"), { length: 7 }, Object.create({ length: 9 }),
  Object.create([1, 2]), function (p, q) {}, new Uint8Array(5), Object.create(new String("hello"))];
const lens = [];
for (let round = 0; round < 3; round++) {
  for (const o of lengthy) lens.push(len(o));
}
console.log(lens.join(","));
const arr = [];
const arrLens = [];
for (let i = 0; i < 5; i++) { arr.push(i); arrLens.push(len(arr)); }
console.log(arrLens.join(","));

// Typed arrays: canonical numeric string keys never reach the prototype chain.
Object.prototype["1.5"] = "proto 1.5";
Object.prototype.Infinity = "proto Infinity";
Object.prototype.foo = "proto foo";
function readInf(o) { return o.Infinity; }
function readFoo(o) { return o.foo; }
const plainObject = {};
const typed = new Float64Array(3);
const inf = [];
for (let i = 0; i < 6; i++) {
  const o = i % 2 ? typed : plainObject;
  inf.push(String(readInf(o)) + "/" + readFoo(o) + "/" + String(o["1.5"]));
}
console.log(inf.join(","));
const fakeTyped = Object.create(Float64Array.prototype);
console.log(readInf(fakeTyped), readInf(typed), readInf(plainObject));
delete Object.prototype["1.5"];
delete Object.prototype.Infinity;
delete Object.prototype.foo;

// Proxies: as receivers and on the prototype chain, mixed with plain objects at one site.
const trapLog = [];
const target = { t: "target t" };
const proxy = new Proxy(target, {
  get(obj, key, receiver) { trapLog.push(String(key)); return key === "t" ? "trapped t" : Reflect.get(obj, key, receiver); },
});
const overProxy = Object.create(proxy);
const plainT = { t: "plain t" };
const inheritsT = Object.create({ t: "inherited t" });
function readT(o) { return o.t; }
const ts = [];
for (let i = 0; i < 8; i++) ts.push(readT([plainT, proxy, inheritsT, overProxy][i % 4]));
console.log(ts.join(","));
console.log(trapLog.join(","));

// Dictionary-mode receivers and prototypes.
const dict = { d1: 1, d2: 2, d3: 3 };
delete dict.d1;
const dictChild = Object.create(dict);
function readD2(o) { return o.d2; }
const ds = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) dict.d2 = "changed";
  ds.push(readD2(i % 2 ? dict : dictChild));
}
console.log(ds.join(","));

// Error objects (their stack is made lazily) and functions' own properties.
function readName(o) { return o.name; }
function readMessage(o) { return o.message; }
const errors = [new Error("one"), new TypeError("two"), new RangeError("three"), Object.create(Error.prototype)];
const en = [];
for (let i = 0; i < 8; i++) {
  const e = errors[i % 4];
  en.push(readName(e) + ":" + readMessage(e) + ":" + (typeof e.stack));
}
console.log(en.join(","));
function namedFunction() {}
const fns = [namedFunction, function () {}, () => 1, class K {}, Math.max];
console.log(fns.map(readName).join(","));

// Prototypes created and dropped in a loop while collections run: a prototype's address may
// be reused by a later object, which must not be mistaken for the old one.
function readKey(o) { return o.key; }
let acc = 0;
const keep = [];
for (let i = 0; i < 20000; i++) {
  const proto = i % 3 === 0 ? { key: i } : { other: i, key: -i };
  const o = Object.create(i % 5 === 0 ? Object.create(proto) : proto);
  acc += readKey(o);
  if (i % 1000 === 0) keep.push(o);
  const garbage = [];
  for (let j = 0; j < 5; j++) garbage.push({ j, s: "x" + j });
}
console.log(acc, keep.map(readKey).join(","));

// Module-like namespace objects (a frozen null-prototype object) and arguments objects.
const ns = Object.freeze(Object.assign(Object.create(null), { key: "ns key" }));
function args() { return arguments; }
const argObjects = [args(1, 2), args(3)];
console.log(readKey(ns), argObjects.map(len).join(","));
