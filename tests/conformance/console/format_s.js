// The %s format specifier.
console.log("%s", "str");
console.log("%s and %s", "a", "b");
console.log("num %s", 42, "extra");
console.log("neg zero %s", -0);
console.log("%s|%s|%s", null, undefined, true);
console.log("obj %s", { a: 1 });
console.log("arr %s", [1, 2, 3]);
console.log("nested %s", { a: { b: { c: 1 } } });
console.log("%s", "only one", "%s", "not formatted");
