// Map and Set keys that are strings made at run time: equal texts in different strings,
// short and long texts, Latin-1 and wider ones, texts that differ only in their last unit,
// and strings beside numbers, -0, NaN and objects.
const made = (text) => [...text].join("");
const map = new Map();
const texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefgi", "n1", "n10", "n100", "\u00e9t\u00e9", "\u4e2d", "\u4e2d\u6587", "x\u0000y", "1", "0"];
for (const text of texts) {
  map.set(made(text), text.length);
}
console.log(map.size, [...map.keys()].map((key) => JSON.stringify(key)).join(" "));
for (const text of texts) {
  console.log(JSON.stringify(text), map.has(made(text)), map.get(made(text)), map.has(made(text) + " "), map.has(made(text).slice(1)));
}
map.set(1, "number one");
map.set(-0, "zero");
map.set(NaN, "nan");
console.log(map.get("1"), map.get(1), map.get(0), map.get("0"), map.get(+0), map.get(NaN), map.get(Number("x")));
const set = new Set();
for (let i = 0; i < 2000; i++) {
  set.add("n" + (i % 700));
}
let found = 0;
for (let i = 0; i < 1000; i++) {
  if (set.has(`n${i}`)) {
    found++;
  }
}
console.log(set.size, found, set.has("n699"), set.has("n700"), set.has("n07"), set.has("n6990"));
for (let i = 0; i < 700; i += 2) {
  set.delete(String("n" + i));
}
console.log(set.size, [...set].slice(0, 5).join(","), set.has("n1"), set.has("n2"));
set.add("n2");
console.log([...set].slice(-3).join(","));
const wide = new Map([["\u0100", 1], ["\u00ff", 2], ["\u0100\u0100", 3]]);
console.log(wide.get(String.fromCharCode(256)), wide.get(String.fromCharCode(255)), wide.get(String.fromCharCode(256, 256)));
const objectKey = {};
const mixed = new Map([[objectKey, "object"], ["[object Object]", "string"]]);
console.log(mixed.get(objectKey), mixed.get(String(objectKey)), mixed.get({}));
