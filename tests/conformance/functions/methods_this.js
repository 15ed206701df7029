// this in methods is the receiver of the call.
const person = {
  name: "Ada",
  greet() {
    return "hi " + this.name;
  },
  greetFn: function (greeting) {
    return greeting + " " + this.name;
  },
};
console.log(person.greet(), person.greetFn("hello"), person["greet"]());
const other = { name: "Grace", greet: person.greet };
console.log(other.greet());
const shape = {
  w: 2,
  h: 3,
  area() {
    return this.w * this.h;
  },
  scale(k) {
    this.w *= k;
    this.h *= k;
    return this;
  },
};
console.log(shape.scale(2).scale(2).area());
function Standalone() {
  return this === undefined ? "undefined" : typeof this;
}
console.log(Standalone.call(5), Standalone.call("s"));
