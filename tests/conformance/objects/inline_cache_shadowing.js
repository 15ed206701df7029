// Inline-cache invalidation: an instance property shadowing a prototype method, deleting it
// again, and objects of the same shape with different prototypes at one site.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks"; };
function Cat(name) { Animal.call(this, name); }
Cat.prototype = Object.create(Animal.prototype);
Cat.prototype.constructor = Cat;

const pets = [new Dog("rex"), new Cat("tom"), new Animal("gen"), new Dog("fido")];
const lines = [];
for (let i = 0; i < 30; i++) {
  const pet = pets[i % pets.length];
  if (i === 8) pets[1].speak = function () { return "own speak of " + this.name; };
  if (i === 16) delete pets[1].speak;
  if (i === 20) pets[0].speak = "not a function any more";
  if (i === 24) delete Dog.prototype.speak;
  const speak = pet.speak;
  lines.push(i + " " + (typeof speak === "function" ? speak.call(pet) : speak));
}
console.log(lines.join("\n"));

// Same shape, different prototypes: the site must tell them apart by prototype.
function P1() { this.x = 1; }
P1.prototype.who = "P1";
function P2() { this.x = 2; }
P2.prototype.who = "P2";
function P3() { this.x = 3; }
P3.prototype = Object.create(P2.prototype);
P3.prototype.who = "P3";
const mixed = [new P1(), new P2(), new P3(), new P1(), new P3()];
function who(o) { return o.who + o.x; }
const whos = [];
for (let round = 0; round < 3; round++) {
  for (const o of mixed) whos.push(who(o));
  if (round === 0) P2.prototype.who = "P2'";
  if (round === 1) delete P3.prototype.who;
}
console.log(whos.join(" "));

// A shadowing own property added to one instance changes only that instance's shape.
const protoObject = { value: "proto" };
const instances = [];
for (let i = 0; i < 5; i++) instances.push(Object.create(protoObject));
instances[2].value = "own";
function value(o) { return o.value; }
console.log(instances.map(value).join(","));
delete instances[2].value;
console.log(instances.map(value).join(","));
protoObject.value = "changed";
console.log(instances.map(value).join(","));

// Class hierarchies with overridden methods and super calls.
class Base {
  describe() { return "base"; }
  get kind() { return "base-kind"; }
}
class Mid extends Base {
  describe() { return "mid>" + super.describe(); }
}
class Leaf extends Mid {}
const objects = [new Base(), new Mid(), new Leaf()];
const described = [];
for (let i = 0; i < 9; i++) {
  const o = objects[i % 3];
  if (i === 6) Mid.prototype.describe = function () { return "patched mid"; };
  described.push(o.describe() + "|" + o.kind);
}
console.log(described.join(" "));
