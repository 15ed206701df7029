// Depth limits count arrays and objects alike.
console.log({ a: [[{ x: 1 }]] });
console.log([[{ a: { b: 1 } }]]);
console.log({ list: [1, [2, [3]]] });
