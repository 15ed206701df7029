// A named function expression's own name is an immutable binding: assigning it is ignored in
// sloppy code (also from an arrow function inside) and throws TypeError in strict code.
var f = function BI() { (() => { BI = 1; })(); BI = 2; BI += 1; BI++; return BI; };
console.log(f() === f);
var g = function* BI() { (() => { BI = 1; })(); [BI] = [3]; return BI; };
console.log(g().next().value === g);
var h = async function* BI() { (() => { BI = 1; })(); return BI; };
var s = function BI() {
  'use strict';
  try { (() => { BI = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { BI = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
  return BI === s;
};
console.log(s());
// A parameter or var of the same name is an ordinary binding.
var p = function BI(BI) { BI = 5; return BI; };
console.log(p(1));
var v = function BI() { var BI = 7; BI = 8; return BI; };
console.log(v());
h().next().then((r) => console.log(r.value === h));
