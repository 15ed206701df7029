// The %j format specifier prints JSON.
console.log("%j", { a: 1, b: "two", c: [1, 2], d: null });
console.log("%j", "str");
console.log("%j %j", 5, [true, false]);
console.log("%j", { u: undefined, f: function () {} });
const circular = { name: "loop" };
circular.self = circular;
console.log("%j", circular);
