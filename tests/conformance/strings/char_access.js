// Character access by index, charAt, charCodeAt and at.
const s = "hello";
console.log(s[0], s[4], s[5], s[-1]);
console.log(s.charAt(1), s.charAt(10) === "", s.charAt(-1) === "", s.charAt());
console.log(s.charCodeAt(0), s.charCodeAt(4), s.charCodeAt(5), s.charCodeAt());
console.log(s.at(0), s.at(-1), s.at(-5), s.at(5), s.at(-6));
console.log(s.length, "".length, s[1.5], s["1"]);
