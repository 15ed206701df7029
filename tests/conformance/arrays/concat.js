// concat flattens one level of array arguments.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a);
console.log([].concat([], []), a.concat(), a.concat("str", null));
console.log([1, , 3].concat([4, , 6]));
