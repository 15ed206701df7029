// indexOf/lastIndexOf use strict equality; includes uses SameValueZero.
const a = [1, 2, NaN, 2, "2", -0];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf("2"), a.indexOf(3), a.indexOf(2, 2));
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0), a.includes("1"));
console.log([1, , 3].includes(undefined), [1, , 3].indexOf(undefined), a.includes(2, 4));
