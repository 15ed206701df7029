class Animal {
  #secret = 42;
  static count = 0;
  name;
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return `${this.name} makes a sound`; }
  get secret() { return this.#secret; }
  set secret(v) { this.#secret = v; }
  #hidden() { return 'hidden ' + this.name; }
  reveal() { return this.#hidden(); }
  static create(n) { return new this(n); }
  has(o) { return #secret in o; }
}
class Dog extends Animal {
  tricks = [];
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' (woof)'; }
  get description() { return `${this.name} the ${this.breed}`; }
  static { Dog.kind = 'canine'; }
}
const a = new Animal('cat');
const d = new Dog('rex', 'lab');
console.log(a.speak(), d.speak(), d.description, Dog.kind, Animal.count);
console.log(a.secret, (a.secret = 7, a.secret), d.reveal(), a.has(d), a.has({}));
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal, typeof Dog, Dog.name, Dog.prototype.constructor === Dog);
console.log(Object.keys(d).join(), d.tricks.length, Animal.create('x').name);
try { Dog('x'); } catch (e) { console.log(e.constructor.name, e.message); }
class E extends Error { constructor(m) { super(m); this.name = 'E'; } }
try { throw new E('boom'); } catch (e) { console.log(e instanceof E, e instanceof Error, e.message, String(e)); }
class Base { constructor() { this.x = new.target.name; } }
class Sub extends Base {}
console.log(new Sub().x, new Base().x);
const C = class Named { who() { return Named.name; } };
console.log(new C().who(), C.name);
class Bad extends Base { constructor() { return 5; } }
try { new Bad(); } catch (e) { console.log(e.constructor.name, e.message); }
class NoSuper extends Base { constructor() { this.x = 1; } }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(1, 2, 3), sum(...[4, 5], 6), Math.max(...[1, 9, 3]));
const { p, ...others } = { p: 1, q: 2, r: 3 };
console.log(p, Object.keys(others).join(), { ...others, s: 4 }.s);
const o2 = { base() { return 'b'; } };
const o3 = { __proto__: o2, base() { return super.base() + 'c'; } };
console.log(o3.base());
