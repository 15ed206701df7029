// Only canonical numeric strings are array indices.
const a = ["zero", "one"];
console.log(a["1"], a[1.0], a["01"], a["1.0"], a[-1]);
a["01"] = "not index";
a[-1] = "negative";
console.log(a.length, Object.keys(a));
a["2"] = "two";
console.log(a.length, a);
