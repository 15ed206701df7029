// The %d and %i format specifiers.
console.log("%d", 42);
console.log("%d %d", 1.5, -1.5);
console.log("%i %i", 1.5, -1.5);
console.log("%d|%d|%d", "42", "abc", {});
console.log("%i", "12.9px");
console.log("%d", -0);
console.log("%d %i", null, undefined);
console.log("%d", true);
