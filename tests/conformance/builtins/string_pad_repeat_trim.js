// padStart, padEnd, repeat, trim family: lengths, fillers, errors.
console.log(["abc".padStart(6, "12"), "abc".padEnd(7, "xy"), "abc".padStart(2), "abc".padStart(5), "abc".padEnd(5, "")]);
console.log(["abc".padStart(6, undefined), "abc".padEnd(6, null), "7".padStart(3, 0), "abc".padStart(-1, "x"), "abc".padEnd(4.9, "_")]);
console.log(["ab".repeat(3), "x".repeat(0), "".repeat(5), "ab".repeat(2.9), "z".repeat("3"), "q".repeat(null)]);
for (const count of [-1, -1.5, "-2", Infinity, -Infinity, 2 ** 40]) {
  try {
    console.log("a".repeat(count).length);
  } catch (error) {
    console.log(error.name + ": " + error.message);
  }
}
try {
  "".repeat(Infinity);
} catch (error) {
  console.log(error.name + ": " + error.message);
}
try {
  "abc".padEnd(2 ** 31);
} catch (error) {
  console.log(error.name + ": " + error.message);
}
const spaces = "\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const padded = spaces + "core" + spaces;
console.log(JSON.stringify([padded.trim(), padded.trimStart().length, padded.trimEnd().length]));
console.log(JSON.stringify(["\u180e x \u200b".trim(), "  ".trim(), "x".trim()]));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name, "  a ".trimLeft() + "|", "| a  ".trimRight() + "|");
try {
  String.prototype.trim.call(undefined);
} catch (error) {
  console.log(error.message);
}
try {
  String.prototype.padStart.call(null, 3);
} catch (error) {
  console.log(error.message);
}
