// shift and unshift.
const a = [1, 2, 3];
console.log(a.shift(), a);
console.log(a.unshift(0), a);
console.log(a.unshift(-2, -1), a);
console.log([].shift(), [].unshift(), [5].shift());
