// Strings are immutable; writes to indices are silently ignored in sloppy mode.
let s = "abc";
s[0] = "z";
console.log(s, s.length);
s.length = 10;
console.log(s.length);
const t = s;
s += "d";
console.log(s, t);
