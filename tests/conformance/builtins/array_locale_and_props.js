// toLocaleString, toReversed, unscopables and the method properties themselves.
console.log([1234.5, null, undefined, "a", 1e21, -0].toLocaleString(), [].toLocaleString());
const custom = { toLocaleString: function () { return "C" + arguments.length; } };
console.log([custom, custom].toLocaleString(), [[1, 2], [3]].toLocaleString());
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(cyclic.toLocaleString());
try {
  [1, { toLocaleString: 1 }].toLocaleString();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const r = [1, , 3];
console.log(r.toReversed().join("|"), 1 in r.toReversed(), r.join("|"), Array.prototype.toReversed.call({ length: 2, 0: "a" }).join("|"));
const names = ["at", "concat", "copyWithin", "every", "fill", "filter", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "forEach", "includes", "indexOf", "lastIndexOf", "map", "pop", "reduce", "reduceRight", "reverse", "shift", "slice", "some", "sort", "splice", "toLocaleString", "toReversed", "toSorted", "toSpliced", "unshift", "with"];
const rows = [];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, name);
  rows.push(name + "/" + d.value.length + "/" + (d.value.name === name) + "/" + d.writable + d.enumerable + d.configurable);
}
console.log(rows.join(" "));
for (const name of ["from", "of"]) {
  const d = Object.getOwnPropertyDescriptor(Array, name);
  console.log(name, d.value.length, d.writable, d.enumerable, d.configurable);
}
const species = Object.getOwnPropertyDescriptor(Array, Symbol.species);
console.log(typeof species.get, species.set, species.get.name, Array[Symbol.species] === Array);
const unscopables = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(unscopables), Object.keys(unscopables).join(","), unscopables.flat);
for (const key in [1, 2]) console.log("enumerable key", key);
