// Null-prototype objects are marked as such.
const a = Object.create(null);
console.log(a);
a.x = 1;
a.y = "two";
console.log(a);
console.log([a], { wrapped: a });
