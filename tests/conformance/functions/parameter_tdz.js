function f(a = b, b) { return [a, b]; }
try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(f(1, 2));
function g(a = a) { return a; }
try { g(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(g(5));
function h(a, b = a * 2, { c } = { c: b + 1 }, ...rest) { return [a, b, c, rest]; }
console.log(h(1), h(1, 5, { c: 0 }, 9, 9));
const arrow = (x = y, y = 1) => x;
try { arrow(); } catch (e) { console.log(e.name + ': ' + e.message); }
function closure(a = () => b, b = 2) { return a(); }
console.log(closure());
function k(a, b = a) { var a; return [a, b]; }
console.log(k(3));
