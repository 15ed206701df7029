// Proxy.revocable: the result object, revoke() once and again, and every operation on a
// revoked proxy (and on a proxy whose target or handler is a revoked proxy).
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'object' && r !== null ? 'object' : typeof r === 'function' ? 'function' : r);
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
const result = Proxy.revocable({ a: 1 }, {});
console.log(Object.keys(result).join(), typeof result.revoke, result.revoke.name === '', result.revoke.length);
console.log(Object.getPrototypeOf(result) === Object.prototype, JSON.stringify(Object.getOwnPropertyDescriptor(result, 'revoke')).replace(/"value":[^,]*,/, ''));
console.log(result.proxy.a);
console.log(result.revoke(), result.revoke());
const p = result.proxy;
t('get', () => p.a);
t('get computed', () => p['a' + '']);
t('set', () => { p.a = 1; });
t('set strict', () => { 'use strict'; p.b = 1; });
t('has', () => 'a' in p);
t('delete', () => delete p.a);
t('keys', () => Object.keys(p));
t('entries', () => Object.entries(p));
t('assign', () => Object.assign({}, p));
t('spread', () => ({ ...p }));
t('for-in', () => { for (const k in p) return k; });
t('json', () => JSON.stringify(p));
t('json nested', () => JSON.stringify({ inner: p }));
t('defineProperty', () => Object.defineProperty(p, 'x', { value: 1 }));
t('getOwnPropertyDescriptor', () => Object.getOwnPropertyDescriptor(p, 'a'));
t('getPrototypeOf', () => Object.getPrototypeOf(p));
t('setPrototypeOf', () => Object.setPrototypeOf(p, null));
t('isExtensible', () => Object.isExtensible(p));
t('preventExtensions', () => Object.preventExtensions(p));
t('freeze', () => Object.freeze(p));
t('isFrozen', () => Object.isFrozen(p));
t('instanceof', () => p instanceof Object);
t('isArray', () => Array.isArray(p));
t('toString', () => Object.prototype.toString.call(p));
t('typeof', () => typeof p);
t('Reflect.ownKeys', () => Reflect.ownKeys(p));
t('Reflect.has', () => Reflect.has(p, 'a'));
t('as prototype', () => Object.create(p).anything);
t('array concat', () => [].concat(p));

const fr = Proxy.revocable(function f() { return 1; }, {});
console.log(fr.proxy(), typeof fr.proxy);
fr.revoke();
t('typeof revoked function', () => typeof fr.proxy);
t('call', () => fr.proxy());
t('construct', () => new fr.proxy());
t('Reflect.apply', () => Reflect.apply(fr.proxy, null, []));
t('Function.prototype.call', () => fr.proxy.call(null));
t('bind', () => fr.proxy.bind(null));

// A revoked proxy can still be a target or handler; its use then throws.
t('create over revoked target', () => new Proxy(p, {}));
t('create with revoked handler', () => new Proxy({}, p));
t('revoked target get', () => new Proxy(p, {}).x);
t('revoked handler get', () => new Proxy({ x: 1 }, p).x);
t('revoked handler has', () => 'x' in new Proxy({ x: 1 }, p));
t('revocable of non-object', () => Proxy.revocable(1, {}));

// Revoking from inside a trap: later operations see the revoked proxy.
const self = Proxy.revocable({ v: 1 }, {
  get(target, key) { self.revoke(); return target[key]; },
});
t('revoke in trap', () => self.proxy.v);
t('after revoke in trap', () => self.proxy.v);
