// Arrays of objects and objects of arrays.
console.log([{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] }]);
console.log({ users: [{ name: "ann" }, { name: "bob" }], count: 2 });
console.log({ matrix: [[1, 2], [3, 4]], empty: [[]] });
