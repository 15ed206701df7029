// Parameter properties (public, private, protected, readonly, defaults, after super()),
// abstract classes and members, accessibility modifiers, `override`, `implements`, generics.
interface Printable { print(): string }

abstract class Animal implements Printable {
  abstract readonly sound: string;
  protected abstract legs(): number;
  static created = 0;
  constructor(public readonly name: string, protected age: number = 1) {
    Animal.created++;
  }
  print(): string { return `${this.name} (${this.age}) says ${this.sound} on ${this.legs()} legs`; }
}

class Dog extends Animal {
  readonly sound = 'woof';
  tricks: string[] = [];
  constructor(name: string, private owner?: string) {
    super(name, 3);
    this.tricks.push('sit');
  }
  protected override legs(): number { return 4; }
  get ownerName(): string { return this.owner ?? 'nobody'; }
}

class Bird extends Animal {
  sound = 'tweet';
  protected legs() { return 2; }
}

class Point<T extends number = number> {
  constructor(public x: T, public y: T, readonly label = 'p') {}
  static from<U extends number>(pair: [U, U]): Point<U> { return new Point(pair[0], pair[1]); }
}

class Wrapper {
  private static instances: number = 0;
  #secret: string;
  constructor(private readonly inner: { value: number }, public tag?: string) {
    this.#secret = 'hidden-' + ++Wrapper.instances;
  }
  reveal(): string { return this.#secret + ':' + this.inner.value; }
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
  const a = new (Animal as any)('ghost');
  console.log(a.name, a.sound);
  a.print();
} catch (e) {
  console.log((e as Error).name + ': ' + (e as Error).message);
}
