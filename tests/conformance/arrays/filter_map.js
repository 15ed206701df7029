// filter and map produce new arrays.
const nums = [1, 2, 3, 4, 5, 6];
const evens = nums.filter((n) => n % 2 === 0);
const squares = nums.map((n) => n * n);
console.log(evens, squares, nums);
console.log(nums.map((n, i) => n * i), nums.filter((n, i, arr) => arr.length - i <= 2));
console.log([1, , 3].map((x) => x * 2), [1, , 3].filter(() => true));
console.log(["1", "2", "3"].map(Number), ["a", "b"].map((s) => s.toUpperCase()));
