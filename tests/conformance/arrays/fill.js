// fill with start and end positions.
console.log([1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 1), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3, 4].fill(7, -2));
console.log(new Array(3).fill("x"), Array(2).fill([]).length);
const shared = new Array(2).fill({});
shared[0].k = 1;
console.log(shared);
