// Object.create with a prototype or null.
const proto = {
  greet() {
    return "hi " + this.name;
  },
};
const o = Object.create(proto);
o.name = "obj";
console.log(o.greet(), Object.getPrototypeOf(o) === proto, o.hasOwnProperty("greet"));
const n = Object.create(null);
console.log(Object.getPrototypeOf(n), typeof n);
const chain = Object.create(Object.create(Object.create(proto)));
chain.name = "deep";
console.log(chain.greet());
try {
  Object.create(5);
} catch (e) {
  console.log(e.name, e.message);
}
