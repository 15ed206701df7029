// `instanceof` at sites the compiler checks inline: the recorded target, then every change
// that must send it back to the full operation: a new `prototype`, an own or inherited
// Symbol.hasInstance, bound functions, proxies on the value's chain, prototypes swapped on the
// value or the target, primitives, non-object prototypes and non-callable targets.
function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
function Cat() {}
Cat.prototype = Object.create(Animal.prototype);
function test(value, target) {
  return value instanceof target;
}
function show(label, thunk) {
  try {
    console.log(label, thunk());
  } catch (e) {
    console.log(label, e.name + ": " + e.message);
  }
}

const pets = [];
for (let i = 0; i < 30; i++) pets.push(i % 3 === 0 ? new Dog() : i % 3 === 1 ? new Cat() : {});
let counts = [0, 0, 0];
for (let round = 0; round < 10; round++) {
  for (let i = 0; i < pets.length; i++) {
    if (test(pets[i], Animal)) counts[0]++;
    if (test(pets[i], Dog)) counts[1]++;
    if (test(pets[i], Cat)) counts[2]++;
  }
}
console.log("counts", counts.join(","));

// The target's `prototype` replaced: the live slot is read.
const dog = new Dog();
show("before", () => test(dog, Dog));
const oldPrototype = Dog.prototype;
Dog.prototype = {};
show("new prototype", () => test(dog, Dog));
Dog.prototype = oldPrototype;
show("restored", () => test(dog, Dog));
Dog.prototype = 42;
show("number prototype", () => test(dog, Dog));
Dog.prototype = oldPrototype;

// The value's prototype swapped, and a chain ending early.
const swapped = new Cat();
show("cat is cat", () => test(swapped, Cat));
Object.setPrototypeOf(swapped, Dog.prototype);
show("cat now dog", () => test(swapped, Dog) + " " + test(swapped, Cat));
show("null proto", () => test(Object.create(null), Animal));

// Own and inherited Symbol.hasInstance.
function Even() {}
show("plain Even", () => test(2, Even));
Object.defineProperty(Even, Symbol.hasInstance, { value: (v) => v % 2 === 0, configurable: true });
show("own hasInstance", () => test(2, Even) + " " + test(3, Even));
delete Even[Symbol.hasInstance];
show("deleted", () => test(2, Even));
const Base = function () {};
const Derived = function () {};
Object.setPrototypeOf(Derived, Base);
show("derived before", () => test(new Derived(), Derived));
Object.defineProperty(Base, Symbol.hasInstance, { value: () => "always" === "always" });
show("inherited hasInstance", () => test({}, Derived));
Object.setPrototypeOf(Derived, Function.prototype);
show("derived after", () => test({}, Derived) + " " + test(new Derived(), Derived));
const thrower = function () {};
Object.defineProperty(thrower, Symbol.hasInstance, { get() { throw new Error("getter threw"); } });
show("throwing hasInstance", () => test({}, thrower));

// Bound functions, classes, proxies.
const BoundDog = Dog.bind(null);
show("bound", () => test(new Dog(), BoundDog) + " " + test({}, BoundDog));
class Shape {}
class Square extends Shape {}
show("classes", () => test(new Square(), Shape) + " " + test(new Shape(), Square));
const proxied = new Proxy(new Dog(), {
  getPrototypeOf(target) {
    console.log("trap");
    return Cat.prototype;
  },
});
show("proxy value", () => test(proxied, Cat) + " " + test(proxied, Dog));
const chainThroughProxy = Object.create(proxied);
show("proxy in chain", () => test(chainThroughProxy, Cat));
const proxyTarget = new Proxy(Dog, {});
show("proxy target", () => test(new Dog(), proxyTarget));
const dictionaryDog = new Dog();
for (let i = 0; i < 50; i++) dictionaryDog["p" + i] = i;
for (let i = 0; i < 50; i++) delete dictionaryDog["p" + i];
show("dictionary value", () => test(dictionaryDog, Dog) + " " + test(Object.create(dictionaryDog), Animal));

// Primitives and bad targets.
show("primitive", () => test(1, Number) + " " + test("s", String) + " " + test(new Number(1), Number));
show("non-object target", () => test({}, 5));
show("non-callable target", () => test({}, {}));
const arrow = () => {};
show("arrow without prototype", () => test({}, arrow));
