// fromEntries, entries, values, hasOwn and is.
const obj = Object.fromEntries([["a", 1], ["b", 2], [3, "three"], ["a", "again"]]);
console.log(Object.keys(obj).join(","), obj.a, obj[3]);
console.log(Object.entries(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map((e) => [e[0] + e[0], e[1] * 2]))).join(";"));
const iterable = {};
iterable[Symbol.iterator] = function () {
  let i = 0;
  return { next: function () { i++; return i <= 2 ? { value: ["k" + i, i], done: false } : { done: true }; } };
};
console.log(Object.entries(Object.fromEntries(iterable)).join(";"));
console.log(Object.values("hi").join(","), Object.entries([7, 8]).join(";"), Object.values({}).length);
const getters = { a: 1, get b() { delete this.c; return 2; }, c: 3 };
console.log(Object.values(getters).join(","));
console.log(Object.hasOwn({ a: undefined }, "a"), Object.hasOwn({}, "toString"), Object.hasOwn([1], 0), Object.hasOwn("ab", "length"));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is("a", "a"), Object.is({}, {}), Object.is(null, undefined));
const sym = Symbol("s");
const withSymbols = { plain: 1 };
withSymbols[sym] = 2;
console.log(Object.getOwnPropertySymbols(withSymbols).length, Object.getOwnPropertySymbols(withSymbols)[0] === sym, Object.getOwnPropertySymbols({}).length);
const copy = Object.assign({}, withSymbols);
console.log(copy[sym], copy.plain);
const closing = {};
closing[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 5, done: false }; },
    return: function () { console.log("closed"); return {}; },
  };
};
for (const t of [
  () => Object.fromEntries(),
  () => Object.fromEntries(null),
  () => Object.fromEntries(1),
  () => Object.fromEntries({}),
  () => Object.fromEntries([1]),
  () => Object.fromEntries(["ab"]),
  () => Object.fromEntries(closing),
  () => Object.entries(null),
  () => Object.values(undefined),
  () => Object.hasOwn(null, "a"),
]) {
  try {
    t();
    console.log("no error");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
