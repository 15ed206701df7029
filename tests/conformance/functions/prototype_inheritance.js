// Inheritance with constructor functions and Object.create.
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + " makes a sound";
};
Animal.prototype.kind = "animal";
function Dog(name, breed) {
  Animal.call(this, name);
  this.breed = breed;
}
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () {
  return Animal.prototype.speak.call(this) + ": woof";
};
const d = new Dog("Rex", "lab");
console.log(d.speak(), d.kind, d.breed, d instanceof Animal);
console.log(Object.keys(d), d.constructor === Dog);
Animal.prototype.kind = "changed";
console.log(d.kind);
d.kind = "own";
console.log(d.kind, new Animal("x").kind);
