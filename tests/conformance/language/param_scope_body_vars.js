// With parameter expressions, a function body's declarations live in an environment of their
// own: closures in the parameters do not see them, and a `var` named like a parameter starts
// with the parameter's value but is a different binding.
var x = 'outside';
var probeParams, probeBody;
function f(_ = probeParams = function () { return x; }) {
  var x = 'inside';
  probeBody = function () { return x; };
}
f();
console.log(probeParams(), probeBody());
function g(a, b = () => a) { var a; console.log(a, b()); a = 2; console.log(a, b()); }
g(1);
function h(a, b = () => a) { var a = 5; return [a, b()]; }
console.log(h(1));
function k(a = 1) { function a() {} return typeof a; }
console.log(k());
function m(a = 1) { var arguments; return arguments.length; }
console.log(m(1, 2, 3));
function n(a = 1) { if (true) { function q() { return 'q'; } } return q(); }
console.log(n());
var o = { set s(v = probeParams = () => x) { var x = 'in setter'; probeBody = () => x; } };
o.s = undefined;
console.log(probeParams(), probeBody());
class C { static set s(v = probeParams = () => x) { var x = 'in static setter'; probeBody = () => x; } }
C.s = undefined;
console.log(probeParams(), probeBody());
function* gen(a = 1) { var a; yield a; var z = 3; yield z; }
console.log([...gen(7)]);
const arrow = (a, b = () => a) => { var a = 4; return [a, b()]; };
console.log(arrow(2));
function lexical(a = 1) { { let a = 2; } return a; }
console.log(lexical());
try {
  eval('(function (a = 1) { let a; })');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
async function af(a = 1, c = () => a) { var a; await null; a = 9; return [a, c()]; }
af(3).then((v) => console.log(v));
