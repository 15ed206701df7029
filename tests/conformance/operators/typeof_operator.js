// typeof on all kinds of expressions, including undeclared names.
console.log(typeof undeclaredName, typeof typeof 1, typeof (1 + "1"), typeof (1 - "1"));
console.log(typeof [].length, typeof {}.x, typeof null, typeof new Object());
function Ctor() {}
console.log(typeof new Ctor(), typeof Ctor, typeof Ctor.prototype, typeof Math.max);
console.log(typeof String(1), typeof Number("1"), typeof Boolean(0), typeof Error("x"));
let later = typeof later2;
console.log(later);
