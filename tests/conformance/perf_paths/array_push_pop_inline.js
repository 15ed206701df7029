'use strict';
// Inline push/pop on dense Arrays and the cases that must leave it: holes, setters and
// elements on the prototypes, frozen, sealed, non-extensible arrays, read-only length, sparse
// arrays; with node's messages for the failures (also for the generic push and strict stores).
const a = [];
for (let i = 0; i < 20; i++) a.push(i * 2);
console.log(a.length, a[19], a.pop(), a.pop(), a.length);
const b = [1, , 3];
console.log(b.pop(), b.pop(), b.length, b);
Object.defineProperty(Array.prototype, 5, { set(v) { console.log('setter', v); }, configurable: true });
const c = [0, 1, 2, 3, 4];
console.log(c.push('x'), c.length, c[5]);
delete Array.prototype[5];
const f = Object.freeze([1, 2]);
try { f.push(3); } catch (e) { console.log(e.name, e.message); }
try { f.pop(); } catch (e) { console.log(e.name, e.message); }
const g = [1, 2]; Object.defineProperty(g, 'length', { writable: false });
try { g.push(3); } catch (e) { console.log(e.name, e.message); }
try { g.pop(); } catch (e) { console.log(e.name, e.message); }
const s = []; s[10] = 1; s.push(2); console.log(s.length, s.pop(), s.pop(), s.length);
const ne = [1]; Object.preventExtensions(ne);
try { ne.push(2); } catch (e) { console.log(e.name, e.message); }
console.log(ne.pop(), ne.length);
Object.prototype[0] = 'op'; const h = []; h.push('v'); console.log(h[0], h.length); const h2 = [ , ]; console.log(h2.pop(), h2.length); delete Object.prototype[0];
let t = 0; const st = []; for (let i = 0; i < 100000; i++) { st.push(i); if (i % 3 === 0) t += st.pop(); } console.log(t, st.length);
function generic() {
  const f = Object.freeze([1, 2]);
  try { Array.prototype.push.call(f, 3); } catch (e) { console.log(e.name, e.message); }
  const g = [1, 2]; Object.defineProperty(g, 'length', { writable: false });
  try { Array.prototype.push.call(g, 3); } catch (e) { console.log(e.name, e.message); }
  const ne = [1]; Object.preventExtensions(ne);
  try { Array.prototype.push.call(ne, 2); } catch (e) { console.log(e.name, e.message); }
}
generic();
function stores() {
  const f = Object.freeze([1, 2]);
  try { f[2] = 3; } catch (e) { console.log(e.name, e.message); }
  try { f[0] = 3; } catch (e) { console.log(e.name, e.message); }
  const g = [1, 2]; Object.defineProperty(g, 'length', { writable: false });
  try { g[2] = 3; } catch (e) { console.log(e.name, e.message); }
  const o = Object.preventExtensions({});
  try { o.x = 1; } catch (e) { console.log(e.name, e.message); }
  try { Reflect.set(o, 'y', 1) || console.log('false'); } catch (e) { console.log(e.name, e.message); }
}
stores();
