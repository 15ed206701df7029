class A {} class B extends A {} const C = class {}; const D = class extends B {};
console.log(A, B, C, D, [A], { B });
function F() {} console.log(F, [F]);
