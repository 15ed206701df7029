// Reflect: every function on ordinary objects, arrays, functions and proxies; argument errors.
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'symbol' ? r.toString() : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
console.log(typeof Reflect, Object.prototype.toString.call(Reflect), String(Reflect));
console.log(Object.getOwnPropertyNames(Reflect).join());
console.log(Object.getOwnPropertyNames(Reflect).map((n) => n + ':' + Reflect[n].length).join(' '));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag)));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Reflect, 'get')).replace(/"value":[^,]*,/, ''));
t('new Reflect', () => new Reflect());
t('Reflect()', () => Reflect());
t('new Reflect.get', () => new Reflect.get({}, 'x'));

// apply
function whoami(a, b) { return [typeof this, a, b]; }
t('apply', () => Reflect.apply(whoami, 1, [2, 3]));
t('apply array-like', () => Reflect.apply(Math.max, null, { length: 3, 0: 1, 1: 5, 2: 2 }));
t('apply string', () => Reflect.apply(String.prototype.toUpperCase, 'abc', []));
for (const bad of [{}, 'abc', undefined, null, 1, Symbol('q'), [1]]) {
  t('apply non-callable', () => Reflect.apply(bad, null, []));
}
t('apply no list', () => Reflect.apply(whoami, null));
t('apply list primitive', () => Reflect.apply(whoami, null, 1));

// construct
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Other {}
t('construct', () => Reflect.construct(Point, [1, 2]));
t('construct newTarget', () => Object.getPrototypeOf(Reflect.construct(Point, [1, 2], Other)) === Other.prototype);
t('construct new.target seen', () => Reflect.construct(function () { return { nt: new.target === Other }; }, [], Other));
t('construct builtin', () => Reflect.construct(Date, [0]).getTime());
t('construct Array subclass target', () => Array.isArray(Reflect.construct(Array, [3], Other)));
t('construct non-constructor', () => Reflect.construct(Math.max, []));
t('construct object', () => Reflect.construct({}, []));
t('construct bad newTarget', () => Reflect.construct(Point, [], {}));
t('construct bad newTarget arrow', () => Reflect.construct(Point, [], Math.max));
t('construct no list', () => Reflect.construct(Point));

// defineProperty / getOwnPropertyDescriptor / deleteProperty
const o = {};
t('defineProperty', () => Reflect.defineProperty(o, 'x', { value: 1 }));
t('defineProperty again', () => Reflect.defineProperty(o, 'x', { value: 2 }));
t('defineProperty same', () => Reflect.defineProperty(o, 'x', { value: 1 }));
t('gopd', () => Reflect.getOwnPropertyDescriptor(o, 'x'));
t('gopd missing', () => Reflect.getOwnPropertyDescriptor(o, 'y'));
t('gopd accessor', () => Object.keys(Reflect.getOwnPropertyDescriptor({ get a() { return 1; } }, 'a')));
t('delete non-configurable', () => Reflect.deleteProperty(o, 'x'));
t('delete missing', () => Reflect.deleteProperty(o, 'nope'));
t('delete configurable', () => { const q = { a: 1 }; return [Reflect.deleteProperty(q, 'a'), 'a' in q]; });
t('defineProperty bad descriptor', () => Reflect.defineProperty({}, 'x', 1));
t('defineProperty getter and value', () => Reflect.defineProperty({}, 'x', { get() {}, value: 1 }));
t('defineProperty frozen', () => Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t('defineProperty array length', () => { const a = [1, 2, 3]; return [Reflect.defineProperty(a, 'length', { value: 1 }), a]; });
t('key coercion', () => Reflect.defineProperty(o, { toString() { return 'coerced'; } }, { value: 1, enumerable: true }) && Object.keys(o));

// get / set with receivers
const src = { get g() { return this.tag; }, set s(v) { this.written = v; }, plain: 1 };
const receiver = { tag: 'receiver' };
t('get', () => Reflect.get(src, 'plain'));
t('get receiver', () => Reflect.get(src, 'g', receiver));
t('get missing', () => Reflect.get(src, 'missing'));
t('get index', () => Reflect.get([5, 6], 1));
t('get string object', () => Reflect.get(Object('abc'), 'length'));
t('set', () => { const q = {}; return [Reflect.set(q, 'a', 1), q]; });
t('set receiver setter', () => { Reflect.set(src, 's', 9, receiver); return receiver.written; });
t('set receiver data', () => { const r = {}; return [Reflect.set(src, 'plain', 2, r), r.plain, src.plain]; });
t('set readonly', () => Reflect.set(Object.freeze({ a: 1 }), 'a', 2));
t('set receiver not object', () => Reflect.set({}, 'a', 1, 5));
t('set receiver readonly own', () => { const r = Object.defineProperty({}, 'a', { value: 1 }); return Reflect.set({}, 'a', 2, r); });
t('set receiver accessor own', () => { const r = { set a(v) {} }; return Reflect.set({}, 'a', 2, r); });
t('set array length', () => { const a = [1, 2, 3]; return [Reflect.set(a, 'length', 1), a]; });

// has / ownKeys
t('has', () => [Reflect.has({ a: 1 }, 'a'), Reflect.has({}, 'toString'), Reflect.has([], 'length'), Reflect.has({}, 'x')]);
t('ownKeys', () => Reflect.ownKeys({ b: 1, a: 2, 1: 3, 0: 4, [Symbol.iterator]: 5 }).map(String));
t('ownKeys array', () => Reflect.ownKeys([1, , 3]));
t('ownKeys function', () => Reflect.ownKeys(function f(a) {}));
t('ownKeys string object', () => Reflect.ownKeys(Object('ab')));

// prototypes and extensibility
const a = {};
const b = Object.create(a);
t('getPrototypeOf', () => Reflect.getPrototypeOf(b) === a);
t('getPrototypeOf null', () => Reflect.getPrototypeOf(Object.create(null)));
t('setPrototypeOf', () => Reflect.setPrototypeOf(a, Array.prototype) && Array.isArray(a) === false && a instanceof Array);
t('setPrototypeOf cycle', () => Reflect.setPrototypeOf(a, b));
t('setPrototypeOf null', () => Reflect.setPrototypeOf({}, null));
t('setPrototypeOf bad proto', () => Reflect.setPrototypeOf({}, 1));
t('setPrototypeOf undefined proto', () => Reflect.setPrototypeOf({}, undefined));
t('setPrototypeOf non-extensible', () => Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
t('setPrototypeOf non-extensible same', () => Reflect.setPrototypeOf(Object.preventExtensions({}), Object.prototype));
t('isExtensible', () => [Reflect.isExtensible({}), Reflect.isExtensible(Object.freeze({}))]);
t('preventExtensions', () => { const q = {}; return [Reflect.preventExtensions(q), Object.isExtensible(q)]; });

// non-object targets
for (const name of ['defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf']) {
  for (const bad of [1, 'str', undefined, null]) {
    t(name + ' on ' + String(bad), () => Reflect[name](bad, 'x', {}));
  }
}

// on proxies: Reflect is the forwarding half of a handler
const seen = [];
const traced = new Proxy({ v: 1 }, {
  get(t, k, r) { seen.push('get ' + String(k)); return Reflect.get(t, k, r); },
  ownKeys(t) { seen.push('ownKeys'); return Reflect.ownKeys(t); },
});
t('proxy get', () => Reflect.get(traced, 'v'));
t('proxy ownKeys', () => Reflect.ownKeys(traced));
t('proxy has', () => Reflect.has(traced, 'v'));
console.log(seen.join(', '));
