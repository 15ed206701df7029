// Declared but uninitialized variables hold undefined; typeof on undeclared names is "undefined".
var v;
let l;
console.log(v, l);
console.log(typeof v, typeof l, typeof neverDeclared);
l = 3;
v = "x";
console.log(v, l);
