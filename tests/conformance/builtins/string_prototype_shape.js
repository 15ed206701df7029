// String.prototype: every method's name and length, attributes, Annex B HTML methods, iterator.
const names = Object.getOwnPropertyNames(String.prototype).filter((name) => typeof String.prototype[name] === "function").sort();
console.log(names.map((name) => `${name}/${String.prototype[name].name}/${String.prototype[name].length}`).join(" "));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(String.prototype, "padStart")));
console.log("abc".anchor('a"b'), "abc".fontsize(3), "abc".fontcolor("red"), "abc".link("u"), "x".big(), "x".blink(), "x".bold());
console.log("x".fixed(), "x".italics(), "x".small(), "x".strike(), "x".sub(), "x".sup(), String.prototype.anchor.call(5));
try {
  String.prototype.bold.call(null);
} catch (error) {
  console.log(error.message);
}
console.log([..."a😀b"], Array.from("xyz"), typeof String.prototype[Symbol.iterator]);
const iterator = "hi"[Symbol.iterator]();
console.log(iterator.next(), iterator.next(), iterator.next(), Object.prototype.toString.call(iterator));
console.log("abc".toString(), new String("boxed").valueOf(), typeof new String("boxed").valueOf());
for (const method of ["toString", "valueOf"]) {
  try {
    String.prototype[method].call({});
  } catch (error) {
    console.log(error.message);
  }
}
