// JSON.stringify: replacer functions and arrays, indentation with numbers and strings.
const data = { a: 1, b: [1, 2, { c: 3 }], d: { e: "f", g: [] }, h: {} };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, "--"));
console.log(JSON.stringify(data, null, "abcdefghijklmnop"));
console.log(JSON.stringify(data, null, 20));
console.log(JSON.stringify(data, null, 0), JSON.stringify(data, null, -3), JSON.stringify(data, null, ""));
console.log(JSON.stringify(data, null, new Number(1)), JSON.stringify([1], null, new String("\t")));
console.log(JSON.stringify(data, null, 3.9));
console.log(JSON.stringify([[]], null, 2), JSON.stringify({ x: {} }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ["a", "c", 1, "a", new String("b"), {}, true]));
console.log(JSON.stringify({ 1: 1, a: 2 }, [1]));
console.log(JSON.stringify({ a: 1, b: "x" }, (key, value) => (typeof value === "number" ? value * 2 : value)));
const calls = [];
JSON.stringify({ a: [1, { b: 2 }] }, function (key, value) {
  calls.push(JSON.stringify(key) + "@" + (Array.isArray(this) ? "array" : typeof this));
  return value;
});
console.log(calls.join(" "));
console.log(JSON.stringify({ a: 1, b: 2 }, (key, value) => (key === "a" ? undefined : value)));
console.log(JSON.stringify([1, 2], (key, value) => (key === "0" ? undefined : value)));
console.log(JSON.stringify(5, (key, value) => (key === "" ? { replaced: true } : value)));
console.log(JSON.stringify({ a: 1 }, function (key, value) {
  return key === "" ? [this === undefined, Object.keys(this)] : value;
}));
console.log(JSON.stringify({ a: [1, 2] }, null, "\t"));
