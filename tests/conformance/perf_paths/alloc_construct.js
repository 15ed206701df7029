// `new F(...)`: the short construction path of compiled base constructors and what it must
// still get right — the prototype read at each `new`, results that replace `this`, derived
// classes, new.target, bound functions, Reflect.construct, and learned instance sizes.
'use strict';

function show(label, value) {
  console.log(label, JSON.stringify(value));
}

function attempt(label, thunk) {
  try {
    show(label, thunk());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

// The prototype property is read at every `new`.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const p1 = new Point(1, 2);
const firstPrototype = Point.prototype;
Point.prototype = { kind: 'replaced' };
const p2 = new Point(3, 4);
console.log('p1 proto is first', Object.getPrototypeOf(p1) === firstPrototype, p1.kind);
console.log('p2 proto replaced', Object.getPrototypeOf(p2) === Point.prototype, p2.kind);
Point.prototype = 42;
const p3 = new Point(5, 6);
console.log('primitive prototype -> Object.prototype', Object.getPrototypeOf(p3) === Object.prototype);
Point.prototype = null;
console.log('null prototype -> Object.prototype', Object.getPrototypeOf(new Point(0, 0)) === Object.prototype);
Point.prototype = firstPrototype;
firstPrototype.norm = function () { return this.x * this.x + this.y * this.y; };
console.log('restored', new Point(3, 4).norm(), p1.norm());
// Replaced inside a loop, many times.
function Counter(n) { this.n = n; }
let protoHits = 0;
for (let i = 0; i < 200; i++) {
  if (i % 50 === 0) Counter.prototype = { tag: i };
  const c = new Counter(i);
  if (Object.getPrototypeOf(c) === Counter.prototype) protoHits++;
}
console.log('loop prototype hits', protoHits, new Counter(1).tag);
// A non-writable prototype (defined once, still read).
function Frozen() { this.a = 1; }
Object.defineProperty(Frozen, 'prototype', { writable: false, value: { frozen: true } });
console.log('non-writable prototype', new Frozen().frozen, new Frozen().a);

// Results: objects replace `this`, primitives do not.
function ReturnsObject() { this.lost = true; return { replaced: true }; }
function ReturnsPrimitive() { this.kept = true; return 7; }
function ReturnsFunction() { return function inner() {}; }
function ReturnsArray() { this.x = 1; return [1, 2]; }
function ReturnsNull() { this.y = 2; return null; }
function ReturnsThisLater() { const self = this; self.z = 3; return self; }
show('returns object', new ReturnsObject());
show('returns primitive', new ReturnsPrimitive());
console.log('returns function', typeof new ReturnsFunction());
show('returns array', new ReturnsArray());
show('returns null', new ReturnsNull());
show('returns this', new ReturnsThisLater());
for (let i = 0; i < 3; i++) show('returns object again', new ReturnsObject());

// Throws: no object escapes, later constructions still work.
let throwCount = 0;
function Throws(n) {
  this.before = n;
  if (n % 2) throw new RangeError('odd ' + n);
  this.after = n;
}
for (let i = 0; i < 4; i++) attempt('throws ' + i, () => new Throws(i));

// new.target.
function Target() { this.same = new.target === Target; this.type = typeof new.target; }
show('new.target plain', new Target());
console.log('new.target in call', (function () { return new.target; })());
function Other() {}
Other.prototype = { other: true };
const viaReflect = Reflect.construct(Target, [], Other);
console.log('Reflect.construct newTarget', viaReflect.same, viaReflect.other, Object.getPrototypeOf(viaReflect) === Other.prototype);
const viaReflect2 = Reflect.construct(Point, [7, 8]);
console.log('Reflect.construct same', viaReflect2.x, viaReflect2.y, viaReflect2 instanceof Point);

// Bound constructors.
const BoundPoint = Point.bind(null, 10);
const bp = new BoundPoint(20);
console.log('bound', bp.x, bp.y, bp instanceof Point, Object.getPrototypeOf(bp) === Point.prototype);

// Classes: base, derived, fields, returning from derived.
class Base {
  constructor(a) { this.a = a; }
  who() { return 'base ' + this.a; }
}
class Derived extends Base {
  constructor(a, b) { super(a); this.b = b; }
  who() { return 'derived ' + this.a + ' ' + this.b + ' / ' + super.who(); }
}
class WithFields extends Derived {
  c = 3;
  d = this.c + 1;
}
class ReturnsFromDerived extends Base {
  constructor() { super(1); return { custom: true }; }
}
class BadDerived extends Base {
  constructor() { return 1; }
}
class NoSuper extends Base {
  constructor() { }
}
class NewTargetBase {
  constructor() { this.target = new.target.name; }
}
class NewTargetDerived extends NewTargetBase {}
for (let i = 0; i < 3; i++) {
  console.log(new Base(i).who(), new Derived(i, i * 2).who());
  show('fields', new WithFields(i, 0));
}
show('derived returns object', new ReturnsFromDerived());
attempt('derived returns primitive', () => new BadDerived());
attempt('derived without super', () => new NoSuper());
console.log('class new.target', new NewTargetBase().target, new NewTargetDerived().target);
attempt('class called', () => Base(1));
attempt('arrow constructed', () => new (() => {})());
attempt('method constructed', () => new ({ m() {} }).m());
attempt('non-function constructed', () => new (5)());
attempt('generator constructed', () => new (function* g() {})());

// Instance sizes learned across constructions: first small, then larger, then past the
// inline limit; every value must survive.
function Grows(count) {
  for (let i = 0; i < count; i++) this['p' + i] = i * 3;
}
let growsSum = 0;
for (const count of [1, 2, 8, 3, 40, 5, 70, 0, 12]) {
  const g = new Grows(count);
  let sum = 0;
  for (const key of Object.keys(g)) sum += g[key];
  growsSum += sum;
  console.log('grows', count, Object.keys(g).length, sum);
}
console.log('grows total', growsSum);

// Constructors used as functions too, and methods added to instances afterwards.
function Dual(v) {
  if (!new.target) return 'called ' + v;
  this.v = v;
}
console.log(Dual(1), new Dual(2).v);
const dual = new Dual(3);
dual.extra = 'x';
delete dual.v;
show('dual after delete', dual);

// A constructor's prototype object mutated after instances exist.
function Animal(name) { this.name = name; }
const cat = new Animal('cat');
Animal.prototype.speak = function () { return this.name + ' speaks'; };
console.log(cat.speak(), new Animal('dog').speak());
Object.setPrototypeOf(Animal.prototype, { inherited() { return 'inherited ' + this.name; } });
console.log(cat.inherited(), new Animal('cow').inherited());
