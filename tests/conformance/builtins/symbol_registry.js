// Symbol.for / Symbol.keyFor, description, toString, valueOf, well-known symbols.
const shared = Symbol.for("app.key");
console.log(shared === Symbol.for("app.key"), shared === Symbol("app.key"), Symbol.keyFor(shared), Symbol.keyFor(Symbol("x")));
console.log(Symbol.for(123) === Symbol.for("123"), Symbol.keyFor(Symbol.for()), Symbol.for().toString(), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for({ toString: () => "obj" }).description, Symbol.for("").description === "", Symbol.keyFor(Symbol.for("")) === "");
for (const bad of ["x", {}, 1, undefined]) {
  try {
    Symbol.keyFor(bad);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
console.log(Symbol("d").description, Symbol().description, Symbol("").description === "", Symbol(undefined).description, Symbol(null).description);
console.log(Symbol("t").toString(), Symbol().toString(), Object(Symbol("w")).toString(), String(Symbol("s")));
const boxed = Object(Symbol("boxed"));
console.log(typeof boxed, typeof boxed.valueOf(), boxed.description, boxed[Symbol.toPrimitive]("default") === boxed.valueOf());
for (const [label, run] of [
  ["toString", () => Symbol.prototype.toString.call(1)],
  ["valueOf", () => Symbol.prototype.valueOf.call("s")],
  ["description", () => Symbol.prototype.description],
  ["new", () => new Symbol()],
  ["concat", () => Symbol("c") + ""],
]) {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
}
const wellKnown = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"];
console.log(wellKnown.map((name) => `${name}:${typeof Symbol[name]}:${Symbol[name].description}`).join(" "));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Symbol, "iterator")), Symbol.for.length, Symbol.keyFor.length, Symbol.length);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive)));
console.log(Object.getOwnPropertyNames(Symbol.prototype), Symbol.prototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(Symbol("x")), Object.getOwnPropertyNames(Symbol).slice(0, 5));
