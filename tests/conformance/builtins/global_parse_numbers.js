// parseInt and parseFloat: prefixes, radixes, whitespace, partial parses.
const ints = [["  42px"], ["-0x1F"], ["0x"], ["+12"], ["0b11"], ["08"], ["1e3"], [" \n\t7"], [""], ["-0"], ["123", 0], ["ff", 16], ["0xff", 16], ["0xff", 10], ["zz", 36], ["12", 2], ["12", 1], ["12", 37], ["7", 4294967306], ["11", -4294967294], ["900719925474099267"], ["111111111111111111111111111111"]];
for (const args of ints) {
  const r = parseInt.apply(null, args);
  console.log(paren(args), Object.is(r, -0) ? "-0" : String(r));
}
function escapeText(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += c === "\n" ? "\\n" : c === "\t" ? "\\t" : c;
  }
  return out;
}
function paren(a) {
  return "(" + a.map((x) => typeof x === "string" ? "'" + escapeText(x) + "'" : String(x)).join(",") + ")";
}
const floats = ["3.14abc", "  -.5", "1e-3x", "Infinityx", "-Infinity", "+.e1", ".", "1.", "0x10", "1_000", "  ", "1e1000", "-0", "5e-324", "2.2250738585072014e-308", "0.1e-6"];
console.log(floats.map((s) => { const r = parseFloat(s); return Object.is(r, -0) ? "-0" : String(r); }).join(" "));
console.log(parseInt(null), parseInt(undefined), parseFloat([" 2.5 ", 3]), parseInt({ toString: function () { return "0x10"; } }), parseFloat(true));
const order = [];
parseInt({ toString: function () { order.push("string"); return "10"; } }, { valueOf: function () { order.push("radix"); return 16; } });
console.log(order.join(","));
console.log(isNaN("abc"), isNaN(" 12 "), isFinite("1e308"), isFinite("1e309"), isNaN({ valueOf: function () { return 1; } }));
console.log(parseInt.length, parseFloat.length, isNaN.length, isFinite.length, parseInt.name, Object.getOwnPropertyDescriptor(globalThis, "parseInt").enumerable);
console.log(globalThis.parseInt === parseInt, typeof globalThis, globalThis.globalThis === globalThis);
try {
  parseInt(Symbol("x"));
} catch (e) {
  console.log(e.name + ": " + e.message);
}
