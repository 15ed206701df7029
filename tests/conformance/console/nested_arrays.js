// Nested arrays of mixed shapes.
console.log([1, [2, 3], [4, [5, 6]]]);
console.log([[1, 2], [3, 4]]);
console.log([["a", "b"], ["c"]]);
console.log([1, [2, [3, [4, [5]]]]]);
const matrix = [];
for (let i = 0; i < 3; i++) matrix.push([i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7]);
console.log(matrix);
