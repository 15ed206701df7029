// Parameter properties (public, private, protected, readonly, defaults, after super()),
// abstract classes and members, accessibility modifiers, `override`, `implements`, generics.

class Animal {
  name;
  age;
  static created = 0;
  constructor(name, age = 1) {
    this.name = name;
    this.age = age;
    Animal.created++;
  }
  print() { return `${this.name} (${this.age}) says ${this.sound} on ${this.legs()} legs`; }
}

class Dog extends Animal {
  owner;
  sound = 'woof';
  tricks = [];
  constructor(name, owner) {
    super(name, 3);
    this.owner = owner;
    this.tricks.push('sit');
  }
  legs() { return 4; }
  get ownerName() { return this.owner ?? 'nobody'; }
}

class Bird extends Animal {
  sound = 'tweet';
  legs() { return 2; }
}

class Point {
  x;
  y;
  label;
  constructor(x, y, label = 'p') { this.x = x; this.y = y; this.label = label; }
  static from(pair) { return new Point(pair[0], pair[1]); }
}

class Wrapper {
  inner;
  tag;
  static instances = 0;
  #secret;
  constructor(inner, tag) {
    this.inner = inner;
    this.tag = tag;
    this.#secret = 'hidden-' + ++Wrapper.instances;
  }
  reveal() { return this.#secret + ':' + this.inner.value; }
}

const dog = new Dog('rex', 'ann');
const bird = new Bird('tweety');
console.log(dog.print(), '|', bird.print());
console.log(dog.ownerName, new Dog('solo').ownerName, dog.tricks, Animal.created);
console.log(Object.keys(dog), JSON.stringify(bird));
console.log(dog instanceof Animal, typeof Animal, Object.getOwnPropertyNames(Animal.prototype));
const p = Point.from([3, 4]);
console.log(p, p.x + p.y, Object.keys(new Point(1, 2, 'q')));
const w = new Wrapper({ value: 7 }, 'w');
console.log(w.reveal(), Object.keys(w), w.tag, new Wrapper({ value: 1 }).reveal());
try {
  // An abstract class is an ordinary class at run time.
  const a = new Animal('ghost');
  console.log(a.name, a.sound);
  a.print();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
