function outer() { let a = 1; function mid() { let b = 2; return function inner() { a++; b++; return a + b; }; } const f = mid(); f(); return f(); }
console.log(outer());
const obj = { v: 5, m() { return [1, 2].map((x) => x * this.v); }, get dbl() { return this.v * 2; }, set dbl(x) { this.v = x / 2; } };
console.log(obj.m().join(), obj.dbl); obj.dbl = 50; console.log(obj.v);
function args() { return arguments.length + ':' + arguments[0] + ':' + Array.prototype.join.call(arguments, '-'); }
console.log(args(1, 2, 3));
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
console.log(deep(5000));
try { (function r() { r(); })(); } catch (e) { console.log(e instanceof RangeError, e.message); }
blk: { console.log('in'); if (true) break blk; console.log('never'); }
let i = 0, arr = [10, 20, 30];
arr[i++] += 5; console.log(arr.join(), i);
const order = []; const oo = { get p() { order.push('get'); return 1; }, set p(v) { order.push('set' + v); } };
oo.p += 2; console.log(order.join());
var fns = []; for (var j = 0; j < 3; j++) fns.push(() => j); console.log(fns.map((f) => f()).join());
let x = 1; { let x = 2; { let x = 3; console.log(x); } console.log(x); } console.log(x);
console.log((1, 2, 3), void 0, !!'', -'3', +true, ~5, 2 ** 10, 7 % -3, -7 % 3, 1 / 0, -1 / 0, 0 / 0);
console.log('b' > 'a', 'B' < 'a', '10' < '9', 10 < 9, null == undefined, null === undefined, NaN == NaN, '1' == 1, 0 == '', [] == false);
console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >> 1, 5 & 3, 5 | 3, 5 ^ 3, 2.7 | 0, -2.7 | 0, 4294967296.5 | 0);
let u; u ||= 'or'; let w = 1; w &&= 'and'; let z = null; z ??= 'nn'; console.log(u, w, z);
function F() { this.q = 1; return { r: 2 }; } console.log(new F().r, new F().q);
function G() { this.q = 1; return 5; } console.log(new G().q);
console.log(typeof typeof 1, delete obj.v, obj.v, 'm' in obj, 'zz' in obj);
for (const k in { a: 1, b: 2, 10: 3, 2: 4 }) console.log(k);
const sparse = [1, , 3]; for (const k in sparse) console.log('k', k);
for (const ch of 'h😀') console.log(ch.length);
console.log(`a${1 + 1}b${'c'}${[1, 2]}${{}}`);
console.log(String(-0), -0 + '', (0.1 * 3).toString(), 1e21 + '', 123e-20 + '');
