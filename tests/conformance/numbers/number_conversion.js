// Number() conversion of strings and other values.
const inputs = ["", " ", "42", " 12 ", "\n42\t", "-7.5", "+5", ".5", "5.", "1e3", "1E-2",
  "0x1f", "0X1F", "0b101", "0o17", "-0x10", "12px", "1_000", "Infinity", "-Infinity", "infinity", "-0", "00012", "1.2.3"];
for (const s of inputs) {
  console.log(JSON_like(s), Number(s));
}
console.log(Number(null), Number(undefined), Number(true), Number(false));
console.log(Number([]), Number([5]), Number(["7"]), Number([1, 2]), Number({}), Number(function () {}));
console.log(Number(), Number(12.5), +"3", -"3", +"");
function JSON_like(s) {
  return "'" + s.replace("\n", "\\n").replace("\t", "\\t") + "'";
}
