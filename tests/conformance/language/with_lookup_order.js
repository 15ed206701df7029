// `with`: the order of has/get/set traps on a proxy object, and when names are looked up.
const log = [];
const proxy = new Proxy({ w: 1, f() { return this === proxy; } }, {
  has(t, k) { log.push('has ' + String(k)); return k in t; },
  get(t, k) { log.push('get ' + String(k)); return t[k]; },
  set(t, k, v) { log.push('set ' + String(k)); t[k] = v; return true; },
});
with (proxy) { w += 1; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { w++; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { console.log(f()); }
console.log(log.join(', ')); log.length = 0;
with (proxy) { typeof w; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { var w = 5; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { [w] = [7]; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { w ||= 3; }
console.log(log.join(', ')); log.length = 0;
with (proxy) { delete w; }
console.log(log.join(', ')); log.length = 0;
var q = 'outer';
const obj = {};
with (obj) { q = (obj.q = 'prop', 'assigned'); }
console.log(q, obj.q);
const obj2 = { q: 1 };
with (obj2) { q += (delete obj2.q, 10); }
console.log(q, JSON.stringify(obj2));
