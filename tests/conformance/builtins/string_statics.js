// String.fromCharCode, String.fromCodePoint, String.raw.
console.log(String.fromCharCode(65, 66.7, 65536 + 67, -1).split("").map((c) => c.charCodeAt(0)));
console.log(String.fromCharCode(), String.fromCharCode("72", { valueOf: () => 105 }), String.fromCharCode(0xd83d, 0xde00));
console.log(String.fromCodePoint(0x1f600, 97, 0x10ffff).length, String.fromCodePoint(), String.fromCodePoint("65", 66));
for (const bad of [0x110000, -1, 1.5, "x", Infinity, NaN, undefined]) {
  try {
    String.fromCodePoint(bad);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
console.log(String.raw`a\n${1}b\t${"two"}c`, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3, 4), String.raw({ raw: "abc" }, "-", "+"));
console.log(String.raw({ raw: [] }, 1) === "", String.raw({ raw: { length: 2, 0: "p", 1: "q" } }, "|"));
for (const template of [undefined, { raw: null }, null]) {
  try {
    String.raw(template);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
console.log(String.fromCharCode.length, String.fromCodePoint.length, String.raw.length, Object.getOwnPropertyNames(String).join());
