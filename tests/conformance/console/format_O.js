// The %O format specifier.
console.log("%O", { a: 1, b: "two" });
console.log("%O", [1, "x"]);
console.log("%O", "str");
console.log("%O", { nested: { deep: { deeper: { deepest: 1 } } } });
