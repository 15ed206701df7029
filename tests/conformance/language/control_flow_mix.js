function f1() { for (let i = 0; i < 3; i++) { try { if (i === 1) continue; if (i === 2) break; console.log('body', i); } finally { console.log('fin', i); } } return 'done'; }
console.log(f1());
function f2() { try { return 'a'; } finally { console.log('f2 finally'); } }
console.log(f2());
function f3() { try { throw new Error('x'); } catch (e) { return 'caught ' + e.message; } finally { console.log('f3 fin'); } }
console.log(f3());
function f4() { outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } } }
f4();
function f5() { try { try { throw 1; } finally { console.log('inner fin'); } } catch (e) { console.log('outer caught', e); } }
f5();
function f6() { for (const x of [1, 2, 3]) { try { if (x === 2) return x; } finally { console.log('f6 fin', x); } } }
console.log(f6());
function f7(n) { switch (n) { case 1: console.log('one'); case 2: console.log('two'); break; default: console.log('def'); case 3: console.log('three'); } }
f7(1); f7(3); f7(5);
function f8() { let r = []; for (let i = 0; i < 3; i++) { r.push(function () { return i * 10; }); } return r.map(function (g) { return g(); }); }
console.log(f8().join());
function f9() { try { return 1; } finally { return 2; } }
console.log(f9());
function f10() { let i = 0; do { i++; if (i === 2) continue; } while (i < 5); return i; }
console.log(f10());
var counter = (function () { var c = 0; return { inc: function () { return ++c; }, get: function () { return c; } }; })();
counter.inc(); counter.inc(); console.log(counter.get());
function Person(name) { this.name = name; }
Person.prototype.greet = function () { return 'hi ' + this.name; };
var p = new Person('bob'); console.log(p.greet(), p instanceof Person, typeof Person, Object.getPrototypeOf(p) === Person.prototype);
try { undefinedVar; } catch (e) { console.log(e.name, e.message); }
try { let q = q + 1; } catch (e) { console.log(e.name, e.message); }
try { const c = 1; c = 2; } catch (e) { console.log(e.name, e.message); }
console.log(typeof notDefined, typeof null, typeof function(){}, typeof []);
const { a, b: [c, d = 5, ...rest] } = { a: 1, b: [2, undefined, 3, 4] };
console.log(a, c, d, rest.join('|'));
function def(x = 10, { y } = { y: 20 }) { return x + y; }
console.log(def(), def(1), def(1, { y: 2 }));
const o = { n: null, f() { return 'F'; } };
console.log(o?.n?.x, o.f?.(), o.g?.(), o.n ?? 'dflt', [...'abc', ...[1, 2]].join());
let s1 = 0; for (const [k, v] of [[1, 2], [3, 4]]) s1 += k * v; console.log(s1);
let x1, y1; [x1, y1] = [y1 = 3, 4]; console.log(x1, y1);
