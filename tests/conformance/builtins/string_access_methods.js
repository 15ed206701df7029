// at, charAt, charCodeAt, codePointAt, slice, substring, substr, concat with surrogate pairs.
const s = "a😀b";
console.log(s.length, s.at(0), s.at(-1), s.at(5), s.at(-5), s.at(1).length, s.at("1") === s[1]);
console.log(s.charAt(1).charCodeAt(0), s.charAt(9) === "", s.charAt(-1) === "", s.charAt(), s.charAt(1.9).length);
console.log(s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(4), s.charCodeAt(), s.charCodeAt(NaN));
console.log(s.codePointAt(1), s.codePointAt(2), s.codePointAt(0), s.codePointAt(4), s.codePointAt(-1));
console.log([..."x𝒳y"].length, "x𝒳y".codePointAt(1).toString(16));
console.log("abcdef".slice(2), "abcdef".slice(-2), "abcdef".slice(2, -1), "abcdef".slice(4, 2) === "", "abcdef".slice(-100, 2));
console.log("abcdef".substring(4, 1), "abcdef".substring(-3, 2), "abcdef".substring(2), "abcdef".substring(NaN, 3));
console.log("abcdef".substr(1, 3), "abcdef".substr(-3), "abcdef".substr(-3, 2), "abcdef".substr(2, -1) === "", "abcdef".substr(10));
console.log("a".concat("b", 1, null, undefined, [2, 3], { x: 1 }), "".concat(), String.prototype.concat.call(1, 2));
console.log(s.slice(1, 2).length, s.substring(2, 3).charCodeAt(0).toString(16));
console.log("abc".at(Infinity), "abc".at(-Infinity), "abc".at(0.9), "abc".at(-0.9));
try {
  String.prototype.at.call(undefined, 0);
} catch (error) {
  console.log(error.message);
}
try {
  String.prototype.slice.call(null);
} catch (error) {
  console.log(error.message);
}
console.log(String.prototype.charAt.call(true, 1), String.prototype.slice.call({ toString: () => "obj" }, 1));
