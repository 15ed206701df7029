// The constructor property comes from the prototype.
function Car(make) {
  this.make = make;
}
const c = new Car("vw");
console.log(c.constructor === Car, c.constructor.name, ({}).constructor === Object, [].constructor === Array);
console.log(c.hasOwnProperty("constructor"), Car.prototype.constructor === Car);
const copy = new c.constructor("bmw");
console.log(copy.make, copy instanceof Car);
