// for-of over a string yields code points, not code units.
for (const ch of "abc") console.log(ch);
const chars = [];
for (const ch of "a😀b") chars.push(ch);
console.log(chars.length, chars[1].length);
let n = 0;
for (const c of "") n++;
console.log(n);
