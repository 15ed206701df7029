// The %f format specifier.
console.log("%f", 1.5);
console.log("%f", "3.25abc");
console.log("%f %f", "x", 42);
console.log("%f", -0);
