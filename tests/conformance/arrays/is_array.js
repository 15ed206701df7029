// Array.isArray.
console.log(Array.isArray([]), Array.isArray([1]), Array.isArray({}), Array.isArray("abc"));
console.log(Array.isArray({ length: 0 }), Array.isArray(null), Array.isArray(), Array.isArray(new Array(3)));
