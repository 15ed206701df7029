// Building a long string with += in a loop.
let s = "";
for (let i = 0; i < 100000; i++) {
  s += String.fromCharCode(97 + (i % 26));
}
console.log(s.length, s.slice(0, 30), s.slice(-5));
let count = 0;
for (let i = 0; i < s.length; i++) {
  if (s[i] === "z") count++;
}
console.log(count);
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(i);
const joined = parts.join(",");
console.log(joined.length, joined.slice(-20));
