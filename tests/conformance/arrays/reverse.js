// reverse works in place and returns the same array.
const a = [1, 2, 3, 4];
const r = a.reverse();
console.log(a, r === a, [].reverse(), [1].reverse(), ["x", "y", "z"].reverse());
