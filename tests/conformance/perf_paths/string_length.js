// `s.length` of a string is read from its cell: flat Latin-1 and UTF-16 strings, ropes made by
// `+` (before and after they are flattened), the empty string, and strings mixed with other
// receivers at one site.
let rope = "";
for (let i = 0; i < 200; i++) rope += "ab" + i;
const samples = ["", "a", "héllo", "日本語", "😀x", "a".repeat(1000), rope, rope.slice(5), "x" + rope + "😀"];
for (const s of samples) console.log(s.length);
console.log(rope.charCodeAt(100), rope.length);
const mixed = ["abc", [1, 2], { length: "L" }, new Uint16Array(7), "😀", new String("wrapped"), function (a, b) {}];
const lengths = [];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < mixed.length; i++) lengths.push(mixed[i].length);
}
console.log(lengths.join(" "));
let total = 0;
const words = "the quick brown fox jumps over the lazy dog".split(" ");
for (let i = 0; i < 1000; i++) {
  const w = words[i % words.length];
  for (let j = 0; j < w.length; j++) total += w.charCodeAt(j) & 7;
}
console.log(total);
for (const v of [null, undefined]) {
  try {
    v.length;
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
