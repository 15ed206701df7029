// startsWith and endsWith with positions.
const s = "kiln compiler";
console.log(s.startsWith("kiln"), s.startsWith("compiler"), s.startsWith("compiler", 5));
console.log(s.endsWith("compiler"), s.endsWith("kiln"), s.endsWith("kiln", 4));
console.log(s.startsWith(""), s.endsWith(""), "".startsWith("a"));
