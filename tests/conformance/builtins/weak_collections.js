// WeakMap, WeakSet, WeakRef, FinalizationRegistry: the behaviour that does not depend on when
// the collector runs.
const attempt = (label, run) => {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
};
const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
const sym = Symbol("local");
console.log(wm.set(k1, "one") === wm, wm.set(k2, "two").get(k2), wm.get(k1), wm.has(k1), wm.has({}), wm.get({}));
attempt("symbol key", () => wm.set(sym, "symbol").get(sym));
attempt("registered symbol", () => wm.set(Symbol.for("shared"), 1));
attempt("well-known symbol", () => wm.set(Symbol.iterator, "wk").get(Symbol.iterator));
attempt("primitive key", () => wm.set(1, 1));
attempt("string key", () => wm.set("s", 1));
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1), wm.get(1), wm.has("x"), wm.delete(null));
const initial = new WeakMap([[k1, 1], [k2, 2]]);
console.log(initial.get(k1), initial.get(k2));
attempt("bad entry", () => new WeakMap([[1, 2]]));
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2), ws.has(1), ws.delete("x"));
attempt("weak set primitive", () => ws.add(1));
attempt("weak set registered", () => new WeakSet([Symbol.for("a")]));
const target = { name: "target" };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, Object.prototype.toString.call(ref));
attempt("WeakRef primitive", () => new WeakRef(1));
attempt("WeakRef registered", () => new WeakRef(Symbol.for("a")));
attempt("WeakRef symbol", () => new WeakRef(Symbol("ok")).deref().toString());
attempt("WeakRef()", () => WeakRef({}));
attempt("deref receiver", () => WeakRef.prototype.deref.call({}));
const registry = new FinalizationRegistry((held) => console.log("cleanup", held));
const token = {};
console.log(registry.register({}, "held", token), registry.unregister(token), registry.unregister(token));
console.log(registry.register({}, 1), registry.unregister({}), Object.prototype.toString.call(registry));
attempt("cleanup not callable", () => new FinalizationRegistry(1));
attempt("FinalizationRegistry()", () => FinalizationRegistry(() => {}));
attempt("register primitive", () => registry.register(1));
attempt("register same", () => registry.register(token, token));
attempt("register bad token", () => registry.register({}, 1, "tok"));
attempt("register null token", () => registry.register({}, 1, null));
attempt("unregister primitive", () => registry.unregister("abc"));
attempt("unregister registered symbol", () => registry.unregister(Symbol.for("q")));
attempt("unregister symbol", () => registry.unregister(Symbol("q")));
attempt("register receiver", () => FinalizationRegistry.prototype.register.call({}, {}));
console.log(wm, ws, ref, registry);
console.log([WeakMap.length, WeakSet.length, WeakRef.length, FinalizationRegistry.length]);
console.log(Object.getOwnPropertyNames(WeakMap.prototype), Object.getOwnPropertyNames(WeakSet.prototype));
console.log(Object.getOwnPropertyNames(WeakRef.prototype), Object.getOwnPropertyNames(FinalizationRegistry.prototype));
console.log([WeakMap.prototype.set.length, WeakSet.prototype.add.length, FinalizationRegistry.prototype.register.length]);
