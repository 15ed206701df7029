'use strict';
// Function.prototype.toString returns the exact source text of every kind of function
// (ES2019's revision), and native code for built-in, bound and proxy functions.
function declaration(a, b) { return a + b; }
console.log(declaration.toString());
console.log(String(function () {}));
console.log(`${function named  ( x ,y )   { /* comment inside */ return x; }}`);
console.log((function* generator(a) {
  // a line comment
  yield a;
}).toString());
console.log((async function asyncFunction() { await null; }).toString());
console.log((async function* asyncGenerator() { yield 1; }).toString());
console.log(((x) => x * 2).toString());
console.log((x => x).toString());
console.log((async (a, b) => { return a; }).toString());
console.log((async x => x).toString());
console.log((() => ({ object: true })).toString());
console.log(function withDefaults(a = 1, { b, c = [2, 3] } = {}, ...rest) { return [a, b, c, rest]; }.toString());

// Unicode in names, strings, comments and the body: the text is kept exactly.
function grüße(name = 'wörld') { return `héllo ${name} — ☃ 😀`; /* ünïcödé */ }
console.log(grüße.toString());
const 变量 = function () { return '日本語'; };
console.log(变量.toString());
console.log((s => s + '\u{1F600}\t\n').toString());

// Methods in object literals: shorthand, accessors, async, generators, computed and
// string/number keys.
const key = 'computed';
const object = {
  method() { return 1; },
  async  asyncMethod  ( ) { },
  *generatorMethod() { yield 1; },
  async *asyncGeneratorMethod() {},
  get getter() { return 2; },
  set setter(value) { this.value = value; },
  [key + 'Key']() {},
  [`template`] () {},
  'string key'() {},
  42() {},
  property: function () { return 3; },
  arrow: (a) => a,
};
for (const name of Object.getOwnPropertyNames(object)) {
  const descriptor = Object.getOwnPropertyDescriptor(object, name);
  for (const part of ['value', 'get', 'set']) {
    if (typeof descriptor[part] === 'function') console.log(name, part, '=>', descriptor[part].toString());
  }
}

// Nested functions print only their own text.
function outer() {
  function inner(x) { return x; }
  const innerArrow = () => inner(1);
  return [inner, innerArrow];
}
for (const f of outer()) console.log(f.toString());
console.log(outer.toString());

// The Function constructor with constant text (node prints CreateDynamicFunction's text).
// Its names are ones this module does not declare (kiln compiles only such functions).
console.log(Function('left', 'right', 'return left + right').toString());
console.log(new Function('p, q', '// dynamic ☃\nreturn p * q;').toString());
console.log(new Function().toString());
console.log(Function('return 1').toString());

// Built-in, bound and proxy functions print as native code.
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(Array.prototype.push));
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
console.log(Array.prototype[Symbol.iterator].toString());
console.log(Symbol.prototype[Symbol.toPrimitive].toString());
console.log(declaration.bind(null).toString());
console.log((() => 1).bind(null).toString());
console.log(Function.prototype.toString.call(new Proxy(declaration, {})));
console.log(Function.prototype.toString.call(new Proxy(class P {}, {})));

// Renaming a function does not change its text.
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'changed' });
console.log(renamed.toString());

// Conversions that go through toString.
console.log(declaration + '');
console.log([function a() {}, () => 0].join(' | '));
console.log(JSON.stringify(String(x => x)));
console.log(String(declaration).length, declaration.toString() === Function.prototype.toString.call(declaration));

// A non-function receiver is a TypeError.
for (const receiver of [{}, 1, 'function', null, undefined, Symbol('s')]) {
  try {
    Function.prototype.toString.call(receiver);
  } catch (error) {
    console.log(error.name + ': ' + error.message);
  }
}

// structuredClone names an uncloneable function by its text.
for (const value of [function foo() {}, (a) => a, class Cloned {}, { m() {} }.m]) {
  try {
    structuredClone(value);
  } catch (error) {
    console.log(error.name + ': ' + error.message);
  }
}
