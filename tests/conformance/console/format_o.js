// The %o format specifier.
console.log("%o", { a: 1, b: "two" });
console.log("%o", [1, 2]);
console.log("%o", "str");
console.log("%o", 42);
console.log("%o", { nested: { deep: { deeper: { deepest: 1 } } } });
