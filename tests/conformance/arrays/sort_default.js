// The default sort compares string representations; undefined goes last.
console.log([10, 9, 1, 100, 25].sort(), ["b", "a", "C", "B"].sort());
console.log([3, undefined, 1, null, 2].sort(), [true, false, "a", 1].sort());
console.log([-1, -10, 2, 0, -0].sort(), [1, , 0].sort());
const a = [3, 1, 2];
console.log(a.sort() === a, a);
