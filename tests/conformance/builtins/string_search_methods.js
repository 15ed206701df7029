// includes, indexOf, lastIndexOf, startsWith, endsWith: positions, clamping, coercion, errors.
const s = "abcabc";
console.log(s.indexOf("c"), s.indexOf("c", 3), s.indexOf("c", -10), s.indexOf("", 10), s.indexOf("z"), s.indexOf());
console.log(s.lastIndexOf("c"), s.lastIndexOf("c", 4), s.lastIndexOf("c", -5), s.lastIndexOf(""), s.lastIndexOf("a", NaN));
console.log(s.lastIndexOf("abc", 2), s.lastIndexOf("abcabcd"), s.lastIndexOf("", 2), "aaa".lastIndexOf("aa"));
console.log(s.includes("ca"), s.includes("ca", 3), s.includes("", 100), s.includes(undefined), "undefined".includes());
console.log(s.startsWith("ab"), s.startsWith("ca", 2), s.startsWith("bc", -1), s.startsWith(""), s.startsWith("abcabcx"));
console.log(s.endsWith("bc"), s.endsWith("ab", 2), s.endsWith("a", 100), s.endsWith("", 0), s.endsWith("c", undefined));
console.log("a😀b".indexOf("b"), "a😀b".indexOf(String.fromCharCode(0xde00)), "😀😀".lastIndexOf("😀"));
console.log((12345).toString().includes(3), String.prototype.indexOf.call(12321, 2, 2));
const noisy = { toString() { console.log("toString called"); return "b"; } };
console.log("abc".indexOf(noisy, { valueOf() { console.log("valueOf called"); return 0; } }));
for (const [name, pattern] of [["includes", /a/], ["startsWith", /a/], ["endsWith", /a/]]) {
  try {
    "abc"[name](pattern);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
const fakeRegExp = { [Symbol.match]: true, toString() { return "a"; } };
try {
  "abc".includes(fakeRegExp);
} catch (error) {
  console.log(error.message);
}
const notRegExp = /a/;
notRegExp[Symbol.match] = false;
console.log("/a/".includes(notRegExp), "x/a/".startsWith(notRegExp, 1));
for (const method of ["indexOf", "includes", "lastIndexOf", "startsWith", "endsWith"]) {
  try {
    String.prototype[method].call(null, "a");
  } catch (error) {
    console.log(error.message);
  }
}
