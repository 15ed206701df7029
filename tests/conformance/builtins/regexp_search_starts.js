'use strict';
// Searches whose match can only start at certain places (anchored patterns, a known first
// character or class, alternatives and groups at the start, case-insensitive letters) must
// find exactly what an exhaustive search finds, from any lastIndex, on Latin-1 and UTF-16
// text; and patterns whose start is not analysed still work.
const texts = [
  'alpha beta\ngamma, delta; Alpha-7 x1y2 ABC abc',
  'ünïcödé ✓ text with wide ✓ units and a1b2 ÄBC',
  '',
  'aaaa',
  'no match here',
];
const patterns = [
  /^alpha/, /^[a-z]+/, /^/, /^(?:a|b)+/, /^a|b/, /^x/m, /^gamma/m,
  /a/g, /abc/gi, /[aeiou]{2}/g, /(\d)([a-z])/g, /(?:beta|gamma|✓)/g, /(?<letter>[xy])\d/g,
  /\d+/g, /\s+\w/g, /[^a-z ]+/g, /\W/g, /[\d_-]/g, /\.|,/g, /(a)|(b)/g, /a?b/g, /a*/g,
  /(?=a)ab/g, /\bdelta/g, /.e/g, /[A-C]/gi, /é|✓/g, /(?:)/g, /x|/g,
];
for (const text of texts) {
  for (const pattern of patterns) {
    const found = [];
    const copy = new RegExp(pattern.source, pattern.flags);
    for (const start of [0, 3, 17]) {
      copy.lastIndex = start;
      const result = copy.exec(text);
      found.push(result === null ? null : [result.index, result[0], ...result.slice(1)].join(':'));
    }
    const all = pattern.global ? Array.from(text.matchAll(pattern), (m) => m.index + '=' + m[0]).slice(0, 8).join(' ') : String(pattern.test(text));
    console.log(String(pattern).padEnd(18), JSON.stringify(found), all);
  }
}
console.log('A1b2C3'.replace(/[a-z]\d/gi, (m) => `<${m}>`), 'x,y;z'.split(/[,;]/), 'abcabc'.search(/c/), 'AbcAbc'.search(/^abc/i));
console.log(/(?<a>x)(?<b>y)/y.exec('xy').groups, /(?<a>x)/y.exec('x').groups, /q(?<n>u)/gy.exec('ququ').groups);
const lines = ['Apple1 pie', 'banana2', 'Cherry', 'Date9 x'];
console.log(lines.filter((line) => /^[A-Z][a-z]+\d/.test(line)), lines.map((line) => /^B/i.test(line)));
const sticky = /a/y;
sticky.lastIndex = 1;
console.log(sticky.test('ba'), sticky.lastIndex, sticky.test('ba'), sticky.lastIndex);
