// JSON.parse with a reviver: visit order, holder, deletion and replacement.
const order = [];
const result = JSON.parse('{"a": [1, {"b": 2}], "c": 3}', function (key, value) {
  order.push(key === "" ? "(root)" : key);
  if (key === "c") return undefined;
  if (typeof value === "number") return value * 10;
  return value;
});
console.log(order.join(" "));
console.log(JSON.stringify(result), "c" in result);
console.log(JSON.parse("[1, 2, 3]", (key, value) => (key === "1" ? undefined : value)));
const holders = [];
JSON.parse('{"x": {"y": 1}}', function (key, value) {
  holders.push(key + ":" + Object.keys(this).join(","));
  return value;
});
console.log(holders);
console.log(JSON.parse('"abc"', (k, v) => typeof k + "/" + v));
console.log(JSON.parse("5", 42), JSON.parse("[1]", null));
const arrayResult = JSON.parse('[{"keep": 1, "drop": 2}]', (k, v) => (k === "drop" ? undefined : v));
console.log(arrayResult);
try {
  JSON.parse('{"a": 1}', () => {
    throw new Error("from reviver");
  });
} catch (error) {
  console.log(error.message);
}
