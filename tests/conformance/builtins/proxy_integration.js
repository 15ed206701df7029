'use strict';
const log = [];
function logger(name) {
  const h = {};
  for (const trap of ['get','set','has','deleteProperty','defineProperty','getOwnPropertyDescriptor','ownKeys','getPrototypeOf','setPrototypeOf','isExtensible','preventExtensions','apply','construct']) {
    h[trap] = function (...args) {
      const shown = args.slice(1).map((a) => typeof a === 'symbol' ? a.toString() : typeof a === 'object' && a !== null ? (Array.isArray(a) ? 'array' : 'object') : typeof a === 'function' ? 'function' : String(a));
      log.push(name + '.' + trap + '(' + shown.join(',') + ')');
      return Reflect[trap](...args);
    };
  }
  return h;
}
function show(label, f) {
  log.length = 0;
  let r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  let text;
  try { text = JSON.stringify(r); } catch (e) { text = String(r); }
  console.log(label, '=>', text);
  console.log('   ', log.join(' '));
}
const target = { a: 1, b: { c: 2 } };
Object.defineProperty(target, 'hidden', { value: 3, enumerable: false, configurable: true });
target[Symbol.for('s')] = 4;
const p = new Proxy(target, logger('o'));
show('get', () => p.a);
show('get missing', () => p.zz);
show('computed get', () => { const k = 'b'; return p[k].c; });
show('set', () => { p.a = 5; return target.a; });
show('set new', () => { p.n = 6; return target.n; });
show('has', () => 'a' in p);
show('delete', () => delete p.n);
show('keys', () => Object.keys(p));
show('entries', () => Object.entries(p));
show('values', () => Object.values(p));
show('assign', () => Object.assign({}, p));
show('descriptors', () => Object.keys(Object.getOwnPropertyDescriptors(p)));
show('names', () => Object.getOwnPropertyNames(p));
show('symbols', () => Object.getOwnPropertySymbols(p).map(String));
show('ownKeys', () => Reflect.ownKeys(p).map(String));
show('for-in', () => { const ks = []; for (const k in p) ks.push(k); return ks; });
show('json', () => JSON.stringify(p));
show('spread', () => ({ ...p }));
show('rest', () => { const { a, ...rest } = p; return [a, rest]; });
show('destructure', () => { const { a, b: { c } } = p; return a + c; });
show('hasOwnProperty', () => Object.prototype.hasOwnProperty.call(p, 'a'));
show('hasOwn', () => Object.hasOwn(p, 'hidden'));
show('propertyIsEnumerable', () => p.propertyIsEnumerable('hidden'));
show('getPrototypeOf', () => Object.getPrototypeOf(p) === Object.prototype);
show('instanceof', () => p instanceof Object);
show('isPrototypeOf', () => Object.prototype.isPrototypeOf(p));
show('toString', () => Object.prototype.toString.call(p));
show('String', () => String(p));
show('template', () => `${p}`);
show('isExtensible', () => Object.isExtensible(p));
show('isFrozen', () => Object.isFrozen(p));
show('defineProperty', () => { Object.defineProperty(p, 'd', { value: 1, configurable: true }); return target.d; });
show('gopd', () => Object.getOwnPropertyDescriptor(p, 'a'));
show('typeof', () => typeof p);

const arr = new Proxy([1, 2, 3], logger('a'));
show('isArray', () => Array.isArray(arr));
show('array toString', () => Object.prototype.toString.call(arr));
show('array length', () => arr.length);
show('array spread', () => [...arr]);
show('array json', () => JSON.stringify(arr));
show('array map', () => Array.prototype.map.call(arr, (x) => x * 2));
show('array join', () => arr.join('-'));
show('array push', () => arr.push(4));
show('concat', () => [0].concat(arr));
show('for-of', () => { const out = []; for (const x of arr) out.push(x); return out; });
show('array from', () => Array.from(arr));
show('flat', () => [arr].flat());

function F(x) { this.x = x; }
F.prototype.m = function () { return this.x; };
const fp = new Proxy(F, logger('f'));
show('typeof fn', () => typeof fp);
show('call', () => fp.call(null, 1) === undefined);
show('apply direct', () => { try { fp(2); } catch (e) { return e.message; } });
show('new', () => new fp(3).x);
show('instanceof proxy', () => new F(1) instanceof fp);
show('fn name', () => fp.name);
show('fn toString', () => Function.prototype.toString.call(fp));
show('bind', () => fp.bind(null)(4));
show('Reflect.construct newTarget', () => Reflect.construct(F, [5], fp).m());
show('class extends proxy', () => { class G extends fp { constructor() { super(7); } } return new G().m(); });

const proto = new Proxy({ inherited: 'yes' }, logger('p'));
const child = Object.create(proto);
child.own = 1;
show('inherited get', () => child.inherited);
show('inherited missing', () => child.missing);
show('inherited has', () => 'inherited' in child);
show('inherited set', () => { child.fresh = 2; return Object.keys(child); });
show('for-in inherited', () => { const ks = []; for (const k in child) ks.push(k); return ks; });
