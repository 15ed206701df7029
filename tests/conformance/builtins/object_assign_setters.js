// Object.assign reads with [[Get]], writes with [[Set]] (setters run), in key order.
const log = [];
const target = {
  set x(v) { log.push("set x=" + v); },
};
const source = {
  b: 1,
  get x() { log.push("get x"); return "X"; },
  2: "two",
  a: 3,
};
Object.defineProperty(source, "hidden", { value: 1, enumerable: false });
const out = Object.assign(target, source);
console.log(log.join(", "), Object.keys(out).join(","));
console.log(Object.assign(1, { a: 1 }) instanceof Number, typeof Object.assign("s"), Object.keys(Object.assign({}, "xy", [9])).join(","));
try {
  Object.assign(null, {});
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const readOnly = Object.defineProperty({}, "r", { value: 1, enumerable: true });
try {
  Object.assign(readOnly, { r: 2 });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const getterOnly = Object.defineProperty({}, "g", { get: function () { return 1; }, enumerable: true });
try {
  Object.assign(getterOnly, { g: 2 });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(Object.assign.length, Object.keys.length, Object.fromEntries.length, Object.defineProperties.length, Object.is.length, Object.hasOwn.length);
