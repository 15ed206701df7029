// trim, trimStart and trimEnd remove whitespace including tabs and newlines.
const s = " \t\n padded \n\t ";
console.log("[" + s.trim() + "]");
console.log("[" + s.trimStart() + "]");
console.log("[" + s.trimEnd() + "]");
console.log("[" + "none".trim() + "]", "[" + "   ".trim() + "]");
