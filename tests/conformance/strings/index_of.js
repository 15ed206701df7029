// indexOf, lastIndexOf and includes.
const s = "abcabcabc";
console.log(s.indexOf("b"), s.indexOf("b", 2), s.indexOf("z"), s.indexOf(""), s.indexOf("", 20));
console.log(s.lastIndexOf("b"), s.lastIndexOf("b", 3), s.lastIndexOf("z"), s.lastIndexOf("abc"));
console.log(s.includes("cab"), s.includes("cba"), s.includes("a", 7), s.includes(""));
console.log("a1b".indexOf(1), "null".indexOf(null), "undefined".includes());
