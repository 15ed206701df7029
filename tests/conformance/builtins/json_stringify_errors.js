// JSON.stringify errors: circular structures (V8's multi-line message) and throwing hooks.
const attempt = (label, value) => {
  try {
    console.log(label, JSON.stringify(value));
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
};
const a = {};
a.self = a;
attempt("self", a);
const b = { x: { y: { z: {} } } };
b.x.y.z.back = b;
attempt("chain", b);
const c = [1, { k: [] }];
c[1].k.push(c);
attempt("array", c);
const d = { x: { y: { z: { w: { v: {} } } } } };
d.x.y.z.w.v.back = d.x;
attempt("inner", { root: d });
class Foo {
  constructor() {
    this.me = this;
  }
}
attempt("class", new Foo());
const e = Object.create(null);
e.e = e;
attempt("null-proto", e);
const f = { "a b": {} };
f["a b"]["1"] = f;
attempt("keys", f);
const g = { a: { b: { c: { d: { e: { f: {} } } } } } };
g.a.b.c.d.e.f.g = g;
attempt("long", g);
const i = [];
i[0] = [i];
attempt("nested-array", i);
function F() {}
const j = new F();
j.x = j;
attempt("function-constructor", j);
const k2 = {};
k2.q = k2;
attempt("via-toJSON", { toJSON() { return k2; } });
const shared = { leaf: 1 };
attempt("shared-not-circular", { first: shared, second: shared, list: [shared, shared] });
attempt("toJSON-throws", { toJSON() { throw new RangeError("nope"); } });
attempt("getter-throws", { get bad() { throw new TypeError("getter"); } });
attempt("replacer-throws", (() => { try { return JSON.stringify({ a: 1 }, () => { throw new Error("replacer"); }); } catch (error) { return error.message; } })());
try {
  console.log("%j", a);
} catch (error) {
  console.log("format", error.message);
}
console.log("%j and %j", { j: 1 }, [undefined, () => 1]);
