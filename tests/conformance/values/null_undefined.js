// null and undefined as values.
let a;
let b = null;
console.log(a, b);
console.log(a === undefined, b === null, a == b, a === b);
console.log(String(a), String(b));
console.log(a + "", b + "");
console.log(void 0 === undefined);
function f() {}
console.log(f());
let o = {};
console.log(o.missing, [][3]);
