// instanceof walks the prototype chain.
function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
const d = new Dog();
const a = new Animal();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, a instanceof Dog);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array, (function () {}) instanceof Function);
console.log(Function instanceof Object, Object instanceof Function, 1 instanceof Number, "s" instanceof String);
console.log(null instanceof Object, Object.create(null) instanceof Object, new Error("e") instanceof Error);
Dog.prototype = {};
console.log(d instanceof Dog, d instanceof Animal);
