'use strict';
// A class constructor's toString is the whole class text; its methods print their own
// MethodDefinition (without `static`), accessors and private methods included.
class Base {
  constructor(value) { this.value = value; } // comment after the constructor
  method() { return this.value; }
  static staticMethod() {}
  static   async  * staticAsyncGenerator ( ) { }
  static /* between */ get staticGetter() { return 1; }
  get getter() { return this.value; }
  set setter(v) { this.value = v; }
  ['computed' + 1]() {}
  static [Symbol.iterator]() {}
  static static() { return 'static named static'; }
  #privateMethod() { return 'private'; }
  static #staticPrivate() {}
  privateMethods() { return [this.#privateMethod, Base.#staticPrivate]; }
  field = () => this.value;
  static staticField = function () {};
}
console.log(Base.toString());
console.log(Base.prototype.constructor.toString() === Base.toString());
console.log(Base.prototype.method.toString());
console.log(Base.staticMethod.toString());
console.log(Base.staticAsyncGenerator.toString());
console.log(Object.getOwnPropertyDescriptor(Base, 'staticGetter').get.toString());
console.log(Object.getOwnPropertyDescriptor(Base.prototype, 'getter').get.toString());
console.log(Object.getOwnPropertyDescriptor(Base.prototype, 'setter').set.toString());
console.log(Base.prototype.computed1.toString());
console.log(Base[Symbol.iterator].toString());
console.log(Base.static.toString());
for (const f of new Base(1).privateMethods()) console.log(f.toString());
console.log(new Base(2).field.toString());
console.log(Base.staticField.toString());

// Derived classes, default constructors, class expressions, anonymous classes.
class Derived extends Base {}
console.log(Derived.toString());
class WithSuper extends Base { constructor() { super(3); } }
console.log(WithSuper.toString());
const Expression = class Named { m() {} };
console.log(Expression.toString());
console.log((class {}).toString());
console.log((class extends Derived { static x = 1 }).toString());
console.log(String(class   Spaced   { }));

// Non-ASCII text and comments inside the class.
class Ünïcödé {
  // ☃ a comment
  grüß(名前) { return `héllo ${名前} 😀`; }
}
console.log(Ünïcödé.toString());
console.log(Ünïcödé.prototype.grüß.toString());

// Classes in functions and nested classes.
function makeClass() {
  return class Inner extends Array { at() { return class Deepest {}; } };
}
const Inner = makeClass();
console.log(Inner.toString());
console.log(new Inner().at().toString());

// util.inspect shows classes by their header.
const util = require('util');
console.log(util.inspect(Base), util.inspect(Derived), util.inspect(Expression), util.inspect(class {}));
console.log(util.inspect(class extends Base {}), util.inspect(Inner));
console.log(util.inspect({ Base, method: Base.prototype.method, arrow: () => 1 }));
