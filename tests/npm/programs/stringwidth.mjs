import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
for (const s of ['abc', '古池や', '\u001B[1municorn\u001B[22m', '👩‍👩‍👧', 'e\u0301', 'ｱｲｳ', '', 'tab\tx'])
  console.log(JSON.stringify(s), stringWidth(s), stringWidth(s, { ambiguousIsNarrow: false }));
const text = 'The quick brown \u001B[31mfox jumped over\u001B[39m the lazy dog and then some 長い日本語の文章 more text.';
console.log(JSON.stringify(wrapAnsi(text, 20)));
console.log(wrapAnsi('aaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbb', 10, { hard: true }));
console.log(JSON.stringify(wrapAnsi('  keep   spaces  ', 6, { trim: false, wordWrap: true })));
