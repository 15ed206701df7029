// Astral characters are two UTF-16 code units.
const s = "a😀b";
console.log(s.length, s.charCodeAt(1), s.charCodeAt(2), s.slice(1, 3), s.at(1) === "\ud83d");
console.log(s.split("").length, s.indexOf("b"), s.toUpperCase());
