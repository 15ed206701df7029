// Stack frames name the function the way V8 does: `Type.name [as method]` for a method call
// (the receiver's class, constructor or Symbol.toStringTag, and the property holding the
// function when it differs from the function's name), `new Name` for a construct call, the
// bare name for a plain call, and for a nameless function assigned to a property the name V8
// infers from the assignment (`exports.parse`, `Foo.method` for `Foo.prototype.method`).
function top(f) {
  try {
    f();
  } catch (error) {
    const line = error.stack.split('\n')[1];
    console.log(line.replace(__dirname, '<dir>'));
  }
}

// Methods: classes, object literals, inherited, primitives.
class Foo {
  bar() { throw new Error('bar'); }
  get g() { throw new Error('g'); }
  set s(v) { throw new Error('s'); }
  static st() { throw new Error('st'); }
  static get sg() { throw new Error('sg'); }
}
class Sub extends Foo {
  m() { return this.g; }
}
top(() => new Foo().bar());
top(() => new Foo().g);
top(() => { new Foo().s = 1; });
top(() => Foo.st());
top(() => Foo.sg);
top(() => Sub.st());
top(() => new Sub().bar());
top(() => new Sub().m());
const literal = {
  method() { throw new Error('method'); },
  plain: function () { throw new Error('plain'); },
  arrow: () => { throw new Error('arrow'); },
  inner: { deep() { throw new Error('deep'); } },
  ['a b']() { throw new Error('spaced'); },
  ['x.y']() { throw new Error('dotted'); },
  7() { throw new Error('seven'); },
  $d() { throw new Error('dollar'); },
  [Symbol('sym')]() { throw new Error('symbol'); },
};
top(() => literal.method());
top(() => literal.plain());
top(() => literal.arrow());
top(() => literal.inner.deep());
top(() => literal['a b']());
top(() => literal['x.y']());
top(() => literal[7]());
top(() => literal.$d());
top(() => literal[Object.getOwnPropertySymbols(literal)[0]]());
const alias = { other: literal.method };
top(() => alias.other());
const twice = { a() { throw new Error('twice'); } };
twice.b = twice.a;
top(() => twice.b());
const inherits = Object.create({ up() { throw new Error('up'); } });
top(() => inherits.up());
const tagged = { [Symbol.toStringTag]: 'Tagged', t() { throw new Error('tagged'); } };
top(() => tagged.t());
String.prototype.boomString = function () { throw new Error('string'); };
Number.prototype.boomNumber = function boomNumber() { throw new Error('number'); };
top(() => 'text'.boomString());
top(() => (5).boomNumber());
delete String.prototype.boomString;
delete Number.prototype.boomNumber;

// One function, many receivers.
function free() { throw new Error('free'); }
top(() => free());
top(() => free.call(undefined));
top(() => free.call(globalThis));
top(() => free.call({}));
top(() => free.call([]));
top(() => free.call(new Map()));
top(() => free.call(Object.create(null)));
top(() => free.call(function Named() {}));
top(() => free.call(class Klass {}));
top(() => free.call(class {}));
top(() => free.call(async function named() {}));
top(() => free.call(Map));
top(() => free.call(7));
top(() => free.call('s'));
top(() => free.call(true));
top(() => free.call(new Proxy({}, {})));
top(() => ({ renamed: free }).renamed());
top(() => ({ free }).free());

// Construct calls.
function Ctor() { throw new Error('ctor'); }
top(() => new Ctor());
top(() => new (function () { throw new Error('anonymous ctor'); })());
class Base { constructor() { throw new Error('base'); } }
class Derived extends Base {}
top(() => new Derived());
top(() => new (class { constructor() { throw new Error('anonymous class'); } })());
top(() => Reflect.construct(Ctor, []));

// Names V8 infers for nameless functions assigned to properties.
exports.parse = function () { throw new Error('parse'); };
top(() => exports.parse());
const parse = exports.parse;
top(() => parse());
top(() => ({ p: exports.parse }).p());
module.exports.two = function () { throw new Error('two'); };
top(() => exports.two());
function Proto() {}
Proto.prototype.method = function () { throw new Error('proto'); };
top(() => new Proto().method());
top(() => Proto.prototype.method.call(new Map()));
const ns = { a: { b: null } };
ns.a.b = function () { throw new Error('nested'); };
top(() => ns.a.b());
const list = [{}];
list[0].f = function () { throw new Error('computed'); };
top(() => list[0].f());
const table = {};
table['str key'] = () => { throw new Error('string key'); };
top(() => table['str key']());
const dynamic = 'dyn';
table[dynamic] = function () { throw new Error('dynamic key'); };
top(() => table[dynamic]());
function make() { return table; }
make().viaCall = function () { throw new Error('via call'); };
top(() => table.viaCall());
function Widget() { this.handler = function () { throw new Error('this in ctor'); }; }
const handler = new Widget().handler;
top(() => handler());
function helper() { this.cb = function () { throw new Error('this in helper'); }; }
const cb = new helper().cb;
top(() => cb());
table.gen = function* () { throw new Error('generator'); };
top(() => table.gen().next());
const named = function inner() { throw new Error('named expression'); };
table.keeps = named;
top(() => table.keeps());

// Generators and async functions keep their receiver.
class Gen {
  *items() { throw new Error('items'); }
  async load() { await null; throw new Error('load'); }
}
top(() => new Gen().items().next());
new Gen().load().catch((error) => console.log(error.stack.split('\n')[1].replace(__dirname, '<dir>')));

// Calls through `super`, proxy traps, static blocks, resumed generators.
class Parent { m() { throw new Error('parent'); } }
class Child extends Parent { m() { return super.m(); } n() { return super['m'](); } }
top(() => new Child().m());
top(() => new Child().n());
function second(f) {
  try {
    f();
  } catch (error) {
    console.log(error.stack.split('\n')[2].replace(__dirname, '<dir>'));
  }
}
second(() => new Child().m());
second(() => new Child().n());
top(() => new Proxy({}, { get(target, key) { throw new Error('trap'); } }).x);
class Static {
  static {
    top(() => { throw new Error('static block'); });
    try { throw new Error('in block'); } catch (error) { console.log(error.stack.split('\n')[1].replace(__dirname, '<dir>')); }
  }
}
function* steps() { yield 1; throw new Error('resumed'); }
const stepper = { steps }.steps();
stepper.next();
top(() => stepper.next());
const again = steps();
again.next();
second(() => again.next());
