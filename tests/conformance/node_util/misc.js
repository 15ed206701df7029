// util.inherits, deprecate, styleText, stripVTControlCharacters, toUSVString,
// getSystemErrorName/Map, debuglog, _extend, the legacy is* predicates and the module shape.
const util = require('util');
function attempt(f) {
  try {
    return f();
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function() {
  return `${this.name} makes a sound`;
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
Dog.prototype.bark = function() {
  return 'woof';
};
const dog = new Dog('Rex');
console.log(dog.speak(), dog.bark(), dog instanceof Animal, Dog.super_ === Animal);
console.log(Object.getOwnPropertyDescriptor(Dog, 'super_').enumerable, Object.keys(Dog));
attempt(() => util.inherits(null, Animal));
attempt(() => util.inherits(Dog, undefined));
attempt(() => util.inherits(Dog, Object.create(null)));
attempt(() => util.inherits(Dog, () => {}));

process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const oldApi = util.deprecate(function oldApi(x) {
  return x * 2;
}, 'oldApi() is deprecated', 'DEP_TEST1');
console.log(oldApi.name, oldApi(2), oldApi(3));
const sameCode = util.deprecate(() => 'same', 'second with same code', 'DEP_TEST1');
console.log(sameCode());
const noCode = util.deprecate(function() {
  return 'nc';
}, 'no code given');
console.log(noCode(), noCode());
class OldClass {
  constructor(v) {
    this.v = v;
  }
}
const DeprecatedClass = util.deprecate(OldClass, 'OldClass is deprecated');
const instance = new DeprecatedClass(9);
console.log(instance.v, instance instanceof OldClass, DeprecatedClass.prototype === OldClass.prototype);
attempt(() => util.deprecate(() => {}, 'm', 5));

console.log(JSON.stringify(util.styleText('red', 'danger')));
console.log(JSON.stringify(util.styleText(['bold', 'underline', 'green'], 'mix')));
console.log(JSON.stringify(util.styleText('grey', 'alias')));
console.log(JSON.stringify(util.styleText('grey', 'forced', { validateStream: false })));
attempt(() => util.styleText('red', 'x', { stream: {} }));
attempt(() => util.styleText('red', 'x', { validateStream: 'no' }));
attempt(() => util.styleText('nope', 'x'));
attempt(() => util.styleText('red', 5));
attempt(() => util.styleText(['red', 'bad'], 'x'));
console.log(Object.keys(util.inspect.colors).length, util.inspect.colors.grey, util.inspect.styles.number);

console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m')));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007')));
attempt(() => util.stripVTControlCharacters(1));
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')), util.toUSVString(12));

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-9999));
attempt(() => util.getSystemErrorName(2));
attempt(() => util.getSystemErrorName('x'));
attempt(() => util.getSystemErrorName(-1.5));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map.get(-2), map.get(-98));

const debug = util.debuglog('kiln_test_section');
console.log(typeof debug, debug.enabled);
debug('not printed %d', 1);

console.log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null));
const values = [null, undefined, 0, '', 's', true, Symbol('x'), {}, [], () => {}, /r/, new Date(0), new Error('e')];
const predicates = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const name of predicates) {
  console.log(name.padEnd(18), values.map((v) => (util[name](v) ? 1 : 0)).join(''));
}
console.log(typeof util.TextEncoder === typeof globalThis.TextEncoder, typeof util.TextDecoder === typeof globalThis.TextDecoder);
console.log(util.types === require('util/types'), util.types === require('node:util/types'), require('node:util') === util);
