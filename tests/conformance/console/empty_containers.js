// Empty objects and arrays.
console.log({}, []);
console.log([[]], [{}], { a: {} }, { a: [] });
console.log([[], [], []], { a: {}, b: [], c: [[]] });
