function* g(a = console.log('default a evaluated'), { b } = { b: 2 }) {
  console.log('body starts', a, b);
  yield a;
  yield b;
}
console.log('calling');
const it = g(undefined);
console.log('called');
console.log(it.next(), it.next(), it.next(), it.next());
function* bad({ x }) { yield x; }
try { bad(null); console.log('no throw'); } catch (e) { console.log('call threw', e.name); }
async function* ag(a = console.log('async default')) { yield a ?? 'none'; }
const ai = ag();
console.log('async gen created');
ai.next().then((r) => console.log(r));
function* early() { try { yield 1; } finally { console.log('finally'); } }
const e = early();
console.log(e.return(5), e.next());
const e2 = early();
try { e2.throw(new Error('x')); } catch (err) { console.log('thrown at start', err.message); }
function* hoisted() { yield inner(); function inner() { return 'hoisted fn'; } }
console.log([...hoisted()]);
function* args() { yield arguments.length; yield [...arguments]; }
console.log([...args(1, 2, 3)]);
const obj = { *m(x = this.v) { yield x; }, v: 'this works' };
console.log([...obj.m()]);
class C { static *s(n) { for (let i = 0; i < n; i++) yield i; } }
console.log([...C.s(3)]);
