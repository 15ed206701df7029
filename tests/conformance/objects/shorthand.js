// Shorthand properties and methods.
const x = 1;
const y = "two";
function helper() {
  return "helped";
}
const o = {
  x,
  y,
  helper,
  method() {
    return this.x + 1;
  },
  "quoted method"() {
    return "q";
  },
  42() {
    return "numeric";
  },
};
console.log(o.x, o.y, o.helper(), o.method(), o["quoted method"](), o[42]());
console.log(Object.keys(o));
