// splice removes and inserts elements in place.
let a = [0, 1, 2, 3, 4, 5];
console.log(a.splice(2, 2), a);
console.log(a.splice(1, 0, "x", "y"), a);
console.log(a.splice(-2), a);
console.log(a.splice(1, 1, "z"), a);
console.log(a.splice(0), a);
a = [1, 2, 3];
console.log(a.splice(1, 100, "end"), a);
console.log(a.splice(), a);
