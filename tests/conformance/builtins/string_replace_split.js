// replace, replaceAll and split with string patterns, $-substitutions and replacer functions.
console.log("aaa".replace("a", "$&$&"), "abc".replace("b", "[$`|$'|$$|$1|$<x>|$0|$]"));
console.log("abcb".replaceAll("b", (m, i, s) => `${m}${i}${s}`), "aaa".replaceAll("", "-"), "abc".replace("", "_"));
console.log("x.y.z".replaceAll(".", "$$"), "x.y.z".replace(".", () => "$&"), "aaaa".replaceAll("aa", "b"));
console.log("abc".replace("z", "y"), "abc".replaceAll("z", "y"), "null".replace(null, "N"), "undefined".replace(undefined, "U"));
console.log("123".replace(2, 9), "a-b-c".replaceAll("-", { toString: () => "+" }));
const seen = [];
"hello".replace("l", (...args) => {
  seen.push(JSON.stringify(args));
  return "L";
});
console.log(seen);
console.log("a,b,,c".split(","), "abc".split(""), "abc".split(), "".split(","), "".split(""));
console.log("a,b,c".split(",", 2), "a,b".split(",", 0), "a,b".split(",", -1), "a,b,c".split(",", 2.7));
console.log("a😀b".split(""), "a😀b".split("😀"), "one  two".split(" "), "a--b--".split("--"));
console.log("abc".split(undefined, 0), "abc".split(undefined), "1,2".split(1), "t1rue".split(true));
const hook = {
  [Symbol.replace](string, replacement) {
    return `replace(${string}, ${replacement})`;
  },
  [Symbol.split](string, limit) {
    return `split(${string}, ${limit})`;
  },
};
console.log("text".replace(hook, "r"), "text".replaceAll(hook, "r"), "text".split(hook, 3));
console.log("a1b22c".replace(/\d+/g, "#"), "a1b22c".split(/\d+/), "aXbxc".replaceAll(/x/gi, "$&!"));
for (const [label, run] of [
  ["replace-hook", () => "x".replace({ [Symbol.replace]: 5 }, "y")],
  ["split-hook", () => "x".split({ [Symbol.split]: "s" })],
  ["split-object-hook", () => "x".split({ [Symbol.split]: {} })],
  ["replaceAll-hook", () => "x".replaceAll({ [Symbol.replace]: true })],
  ["replace-symbol-hook", () => "x".replace({ [Symbol.replace]: Symbol("q") })],
  ["replaceAll-non-global", () => "a".replaceAll(/a/, "b")],
  ["replace-null-this", () => String.prototype.replace.call(null, "a", "b")],
  ["split-undefined-this", () => String.prototype.split.call(undefined, ",")],
  ["replaceAll-null-this", () => String.prototype.replaceAll.call(null, "a", "b")],
]) {
  try {
    console.log(label, run());
  } catch (error) {
    console.log(label, error.name + ": " + error.message);
  }
}
