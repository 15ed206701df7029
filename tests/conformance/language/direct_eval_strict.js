// Direct eval: early errors of strict eval code, eval in parameter defaults, var arguments.
function f1() { var arguments = undefined; return arguments; }
console.log(f1(1));
function f2() { var arguments; return typeof arguments; }
console.log(f2(1));
function f3(a) { arguments = 5; return [a, arguments]; }
console.log(f3(1));
function f4() { 'use strict'; try { eval('arguments = 10'); } catch (e) { return e.name + ': ' + e.message; } }
console.log(f4());
function f5() { 'use strict'; try { eval('var eval = 1'); } catch (e) { return e.name + ': ' + e.message; } }
console.log(f5());
function f6() { try { eval('"use strict"; if (true) function g() {}'); } catch (e) { return e.name + ': ' + e.message; } }
console.log(f6());
function f7() { eval('if (true) function g() { return "g"; }'); return g(); }
console.log(f7());
console.log((function (p = eval("var x = 'param'")) { return x; })());
try { (function (p = eval("var arguments = 'param'")) {})(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function (p = eval("var x = 'param'")) { return x; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
