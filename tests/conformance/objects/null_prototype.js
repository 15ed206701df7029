// Objects without a prototype have no inherited members.
const bare = Object.create(null);
bare.key = "value";
console.log(bare.key, "toString" in bare, typeof bare.toString, Object.getPrototypeOf(bare));
console.log(Object.keys(bare), "key" in bare);
const dict = Object.create(null);
for (const w of ["a", "b", "a", "constructor", "a"]) {
  dict[w] = (dict[w] || 0) + 1;
}
console.log(dict.a, dict.b, dict.constructor);
