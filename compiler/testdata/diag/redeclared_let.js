let a = 1;
var b = 2;
let a = 3;
