// String literal forms and their lengths.
const s1 = 'single';
const s2 = "double";
const s3 = `back`;
console.log(s1, s2, s3, s1.length, s2.length, s3.length);
console.log("quote ' inside", 'quote " inside', "esc \" and \'");
console.log("tab\there", "line1\nline2");
console.log("\u0041\x42\u{43}", "\u00e9".length);
console.log("".length, "abc" === 'abc');
