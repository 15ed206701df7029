// Every Proxy trap: what it receives, that its result is used, and forwarding when the handler
// lacks the trap.
const log = [];
const describe = (v) => typeof v === 'symbol' ? v.toString()
  : typeof v === 'function' ? 'fn'
  : v === null ? 'null'
  : typeof v === 'object' ? (Array.isArray(v) ? '[' + v.map(describe).join(',') + ']' : 'obj')
  : typeof v + ':' + String(v);

const target = { a: 1 };
const handler = {
  get(t, k, r) { log.push(['get', t === target, describe(k), r === proxy]); return k === 'virtual' ? 'v' : t[k]; },
  set(t, k, v, r) { log.push(['set', describe(k), describe(v), r === proxy]); t[k] = v; return true; },
  has(t, k) { log.push(['has', describe(k)]); return k === 'ghost' || k in t; },
  deleteProperty(t, k) { log.push(['deleteProperty', describe(k)]); return delete t[k]; },
  defineProperty(t, k, d) { log.push(['defineProperty', describe(k), JSON.stringify(d)]); return Reflect.defineProperty(t, k, d); },
  getOwnPropertyDescriptor(t, k) { log.push(['getOwnPropertyDescriptor', describe(k)]); return Reflect.getOwnPropertyDescriptor(t, k); },
  ownKeys(t) { log.push(['ownKeys']); return Reflect.ownKeys(t); },
  getPrototypeOf(t) { log.push(['getPrototypeOf']); return Array.prototype; },
  setPrototypeOf(t, p) { log.push(['setPrototypeOf', p === null ? 'null' : 'obj']); return true; },
  isExtensible(t) { log.push(['isExtensible']); return Reflect.isExtensible(t); },
  preventExtensions(t) { log.push(['preventExtensions']); return false; },
};
const proxy = new Proxy(target, handler);
function run(label, f) {
  log.length = 0;
  let result;
  try { result = describe(f()); } catch (e) { result = e.name + ': ' + e.message; }
  console.log(label, result, JSON.stringify(log));
}
run('get', () => proxy.a);
run('get virtual', () => proxy.virtual);
run('get index', () => proxy[0]);
run('get symbol', () => proxy[Symbol.iterator]);
run('set', () => (proxy.b = 2));
run('set index', () => (proxy[3] = 'x'));
run('has', () => 'ghost' in proxy);
run('has missing', () => 'nope' in proxy);
run('delete', () => delete proxy.b);
run('defineProperty', () => Object.defineProperty(proxy, 'c', { value: 3, writable: true, enumerable: true, configurable: true }) === proxy);
run('defineProperty partial', () => Reflect.defineProperty(proxy, 'c', { enumerable: false }));
run('defineProperty accessor', () => Reflect.defineProperty(proxy, 'g', { get() { return 1; }, configurable: true }));
run('getOwnPropertyDescriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(proxy, 'a')));
run('ownKeys', () => Reflect.ownKeys(proxy));
run('getPrototypeOf', () => Object.getPrototypeOf(proxy) === Array.prototype);
run('instanceof uses getPrototypeOf', () => proxy instanceof Array);
run('setPrototypeOf', () => Object.setPrototypeOf(proxy, null) === proxy);
run('isExtensible', () => Object.isExtensible(proxy));
run('preventExtensions false', () => Reflect.preventExtensions(proxy));
run('preventExtensions throws', () => Object.preventExtensions(proxy));

// A handler without traps forwards everything to the target.
const plainTarget = { x: 1 };
const empty = new Proxy(plainTarget, {});
empty.y = 2;
console.log(plainTarget.y, empty.x, 'x' in empty, delete empty.x, plainTarget.x, Object.keys(empty));
Object.defineProperty(empty, 'z', { value: 3 });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(plainTarget, 'z')), Object.isExtensible(empty));
Object.preventExtensions(empty);
console.log(Object.isExtensible(plainTarget), Reflect.setPrototypeOf(empty, {}), Object.getPrototypeOf(empty) === Object.prototype);

// Receivers: a getter on the target sees the proxy (or the given receiver) as `this`.
const withGetter = { get me() { return this; }, set me(v) { this.stored = v; } };
const gp = new Proxy(withGetter, {});
console.log(gp.me === gp, Reflect.get(gp, 'me', 42) === 42);
gp.me = 5;
console.log(Object.keys(withGetter));

// apply and construct traps.
function sum(a, b) { return (this && this.base || 0) + a + b; }
const calls = [];
const fp = new Proxy(sum, {
  apply(t, thisArg, args) { calls.push(['apply', t === sum, describe(thisArg), describe(args)]); return Reflect.apply(t, thisArg, args) * 10; },
  construct(t, args, newTarget) { calls.push(['construct', t === sum, describe(args), newTarget === fp]); return { made: args.length }; },
});
console.log(fp(1, 2), fp.call({ base: 100 }, 1, 2), fp.apply(null, [3, 4]), Reflect.apply(fp, undefined, [5, 6]));
console.log(JSON.stringify(new fp(1, 2, 3)), JSON.stringify(Reflect.construct(fp, [9])));
console.log(JSON.stringify(calls));
const o = { m: fp, base: 1000 };
console.log(o.m(1, 1), [1, 2].map(fp).join());

// Callable and constructible only when the target is.
const arrow = new Proxy(() => 'arrow', {});
console.log(typeof arrow, arrow());
try { new arrow(); } catch (e) { console.log(e.name); }
try { new Proxy({}, {})(); } catch (e) { console.log(e.name); }
class K { constructor(v) { this.v = v; } }
const kp = new Proxy(K, {});
console.log(new kp(7).v, new kp(8) instanceof K);
try { kp(); } catch (e) { console.log(e.name + ': ' + e.message); }

// Traps see the trap name lookups live: a getter for the trap runs on each operation.
let lookups = 0;
const liveHandler = { get get() { lookups++; return (t, k) => 'live:' + String(k); } };
const live = new Proxy({}, liveHandler);
console.log(live.a, live.b, lookups);

// Proxies of proxies.
const inner = new Proxy({ deep: 1 }, { get(t, k) { return k === 'deep' ? 'inner' : t[k]; } });
const outer = new Proxy(inner, { get(t, k, r) { return 'outer(' + Reflect.get(t, k, r) + ')'; } });
console.log(outer.deep, Object.keys(outer));

// A trap that is not callable, and one that is null (forwarded).
try { new Proxy({}, { get: 1 }).x; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Proxy({}, { has: 'abc' }).x = 'x' in new Proxy({}, { has: 'abc' }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Proxy({ n: 1 }, { get: null }).n, new Proxy({ n: 2 }, { get: undefined }).n);

// The Proxy constructor itself.
console.log(typeof Proxy, Proxy.name, Proxy.length, Proxy.prototype, Object.getOwnPropertyNames(Proxy).join());
try { Proxy({}, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
for (const [t, h] of [[1, {}], [{}, null], ['s', 's'], [undefined, {}]]) {
  try { new Proxy(t, h); } catch (e) { console.log(e.name + ': ' + e.message); }
}
