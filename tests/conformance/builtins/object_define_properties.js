// defineProperties, create with descriptors, getOwnPropertyDescriptors.
const o = {};
const result = Object.defineProperties(o, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, configurable: true },
  c: { value: 3, writable: true },
});
console.log(result === o, o.a, o.b, o.c, Object.keys(o).join(","));
const ds = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(ds).join(","), ds.a.writable, ds.a.enumerable, ds.a.configurable, typeof ds.b.get, ds.b.set, ds.c.writable);
const created = Object.create({ inherited: 1 }, { own: { value: "v", enumerable: true }, hidden: { value: "h" } });
console.log(created.own, created.hidden, created.inherited, Object.keys(created).join(","));
// Non-enumerable descriptor entries are ignored.
const props = Object.create(null);
Object.defineProperty(props, "skip", { value: { value: 1 }, enumerable: false });
props.keep = { value: 2, enumerable: true };
console.log(Object.keys(Object.defineProperties({}, props)).join(","));
// All descriptors are read before any property is defined.
const target = {};
const order = [];
const descs = {};
Object.defineProperty(descs, "first", { enumerable: true, get: function () { order.push("read first"); return { value: 1 }; } });
Object.defineProperty(descs, "second", { enumerable: true, get: function () { order.push("read second; first defined: " + ("first" in target)); return { value: 2 }; } });
Object.defineProperties(target, descs);
console.log(order.join(" | "), target.first, target.second);
console.log(Object.keys(Object.getOwnPropertyDescriptors("ab")).join(","), Object.getOwnPropertyDescriptors([7]).length.writable);
for (const t of [
  () => Object.defineProperties(1, {}),
  () => Object.defineProperties({}, null),
  () => Object.defineProperties({}, { a: 1 }),
  () => Object.defineProperties({}, { a: { get: 1 } }),
  () => Object.defineProperties(Object.freeze({}), { x: { value: 1 } }),
  () => Object.defineProperties(Object.freeze({ x: 1 }), { x: { value: 2 } }),
  () => Object.create({}, { a: { set: "x" } }),
  () => Object.getOwnPropertyDescriptors(null),
]) {
  try {
    t();
    console.log("no error");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
