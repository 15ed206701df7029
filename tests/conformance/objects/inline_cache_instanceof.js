// `instanceof` sites read `Symbol.hasInstance` and `prototype` through inline caches: the
// answers stay exact when either changes between checks.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
const b = new B();
const a = new A();
const out = [];
for (let i = 0; i < 14; i++) {
  if (i === 2) Object.defineProperty(A, Symbol.hasInstance, { value: (v) => v === a, configurable: true });
  if (i === 4) delete A[Symbol.hasInstance];
  if (i === 6) A.prototype = {};
  if (i === 8) Object.setPrototypeOf(B.prototype, A.prototype);
  if (i === 10) Object.setPrototypeOf(A, { __proto__: Function.prototype, [Symbol.hasInstance]: () => true });
  if (i === 11) Object.setPrototypeOf(A, Function.prototype);
  if (i === 12) {
    try {
      Object.defineProperty(A, "prototype", { value: 5 });
    } catch (e) {
      out.push(e.name + ": " + e.message);
    }
  }
  try {
    out.push(i + ":" + (b instanceof A) + (a instanceof A) + (b instanceof B) + ({} instanceof A) + (5 instanceof A));
  } catch (e) {
    out.push(i + ": " + e.name + ": " + e.message);
  }
}
console.log(out.join(" "));
A.prototype = Object.getPrototypeOf(B.prototype);

// Many constructors at one site, bound functions, classes, proxies and errors.
class C {}
class D extends C {}
const bound = B.bind(null);
const proxyTarget = new Proxy(C, {});
const constructors = [A, B, C, D, bound, proxyTarget, Object, Array, Function];
const values = [new D(), new B(), [], () => 1, Object.create(null), 3];
const table = [];
for (const ctor of constructors) {
  table.push(values.map((v) => (v instanceof ctor ? 1 : 0)).join(""));
}
console.log(table.join(" "));
function check(v, t) {
  try {
    return v instanceof t;
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
const arrow = () => 1;
console.log(check({}, {}), check({}, arrow), check(1, arrow), check({}, 5));
const withGetter = function () {};
Object.defineProperty(withGetter, Symbol.hasInstance, { get() { out.length = 0; return () => "yes"; } });
console.log(check({}, withGetter), out.length);
