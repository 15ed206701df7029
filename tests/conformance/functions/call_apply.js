// Function.prototype.call and apply set this and pass arguments.
function describe(prefix, suffix) {
  return prefix + this.name + suffix + " (" + arguments.length + ")";
}
const obj = { name: "box" };
console.log(describe.call(obj, "<", ">"), describe.apply(obj, ["[", "]"]));
console.log(describe.apply(obj, ["only"]), describe.call(obj));
console.log(Math.max.apply(null, [3, 7, 2]), Array.prototype.join.call(["a", "b"], "-"));
function args() {
  return arguments.length;
}
console.log(args.apply(null), args.apply(null, []), args.call(null, undefined));
