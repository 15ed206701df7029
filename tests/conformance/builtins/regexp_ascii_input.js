// Patterns run over ASCII text (matched as bytes) and over the same text in wider strings
// must agree; case folding with `u`/`i` takes some non-ASCII characters to ASCII ones.
const subjects = ["sock", "SOCK", "Kelvin k", "a\u017Fb", "caf\u00e9 cafe", "\u212A and k", "x\u{1F600}y", ""];
const patterns = [
  /\u017F/iu, /\u00c9/i, /\u212A/iu, /É/i, /s/iu, /k/iu, /K/iu, /[a-z]+/iu, /[^a-z]/iu,
  /\w+/iu, /\W/iu, /(\w)\1/i, /(?<=c)k/, /(?<!o)c/, /\bk/i, /caf./, /caf./u, /./su, /^$/,
  /(s)(o)?(x)?/i, /(?<first>\w)(?<rest>\w*)/,
];
for (const pattern of patterns) {
  const row = subjects.map((subject) => {
    const match = pattern.exec(subject);
    return match === null ? "-" : `${match.index}:${JSON.stringify([...match])}`;
  });
  console.log(String(pattern), row.join(" "));
}

// A sticky and a global pattern step through ASCII text from lastIndex.
const sticky = /\w/y;
sticky.lastIndex = 2;
console.log(sticky.exec("ab cd"), sticky.lastIndex);
const global = /[aeiou]/g;
const found = [];
let match;
while ((match = global.exec("the quick brown fox")) !== null) {
  found.push(`${match[0]}@${match.index}/${global.lastIndex}`);
}
console.log(found.join(" "));

// A literal evaluated in a loop gives a new object each time (its own lastIndex), all
// matching alike.
const made = [];
for (let i = 0; i < 3; i++) {
  const re = /o/g;
  re.exec("foo boo");
  made.push(re);
}
console.log(made[0] === made[1], made.map((re) => re.lastIndex).join(","), made[2].exec("foo boo").index);
console.log("x.x.x".replace(/\./g, "-"), "A1b2C3".replace(/[a-z]\d/gi, (m) => `<${m}>`));
console.log("line one\nline two".match(/^line \w+$/gm), "abcabc".search(/c/), "a,b;c".split(/[,;]/));
