// Case mapping (full Unicode), normalization forms, isWellFormed/toWellFormed.
console.log("Straße".toUpperCase(), "İstanbul".toLowerCase().length, "ΑΣ".toLowerCase(), "ǅ".toLowerCase(), "ﬁ".toUpperCase());
console.log("MiXeD 123".toLowerCase(), "mixed".toUpperCase(), "ÀÉÎ".toLowerCase(), "àéî".toLocaleUpperCase(), "ÇA".toLocaleLowerCase());
const codes = (text) => [...text].map((c) => c.codePointAt(0).toString(16)).join(" ");
const sample = "\u1E9B\u0323";
for (const form of ["NFC", "NFD", "NFKC", "NFKD"]) console.log(form, codes(sample.normalize(form)));
console.log(codes("e\u0301".normalize()), codes("é".normalize("NFD")), codes("Å".normalize("NFKD")), codes("ﬁ".normalize("NFKC")));
console.log("abc".normalize() === "abc", "é".normalize("NFC") === "é".normalize());
try {
  "abc".normalize("nfc");
} catch (error) {
  console.log(error.name + ": " + error.message);
}
const lone = "a" + String.fromCharCode(0xd800) + "b";
const pair = String.fromCharCode(0xd83d, 0xde00);
console.log(lone.isWellFormed(), pair.isWellFormed(), "plain".isWellFormed(), String.fromCharCode(0xdc00).isWellFormed());
console.log(codes(lone.toWellFormed()), codes((pair + String.fromCharCode(0xdc00)).toWellFormed()), "ok".toWellFormed());
console.log(codes((lone + "e\u0301").normalize()), lone.normalize().length);
