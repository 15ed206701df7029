'use strict';
// trim/trimStart/trimEnd on Latin-1 and UTF-16 text with every kind of white space;
// indexOf/includes/lastIndexOf with one-unit and longer needles, positions and mixed widths;
// split by a regular expression with capture groups, limits and empty matches.
const spaces = ' \t\n\v\f\r\u00a0\ufeff\u1680\u2000\u2028\u2029\u202f\u205f\u3000';
for (const text of ['  plain  ', '\u00a0latin\u00a0', spaces + 'wide ✓' + spaces, spaces, '', 'x', '\u0085nel\u0085', '\u200bzero-width\u200b']) {
  console.log(JSON.stringify([text.trim(), text.trimStart(), text.trimEnd(), text.trimLeft().length, text.trimRight().length]));
}
const trimmed = '  keep  '.trim();
console.log(trimmed === 'keep', 'same'.trim() === 'same');
const hay = 'abcabcabd, the quick brown fox; abcabd';
for (const [needle, from] of [['abd', 0], ['abd', 7], ['abd', 40], ['a', 0], ['a', 35], [',', 0], ['', 5], ['', 99], ['zz', 0], ['fox;', -3], ['abcabd', 10], [hay, 0], [hay + '!', 0]]) {
  console.log(JSON.stringify(needle).slice(0, 12), from, hay.indexOf(needle, from), hay.includes(needle, from), hay.lastIndexOf(needle, from));
}
const wide = 'αβγ abc αβγ ✓abc';
console.log(wide.indexOf('abc'), wide.indexOf('abc', 5), wide.indexOf('✓'), wide.includes('βγ a'), 'abc'.indexOf('αβ'), wide.lastIndexOf('αβγ'));
console.log('aaaaab'.indexOf('aab'), 'ababababc'.indexOf('ababc'), 'x'.repeat(1000).concat('y').indexOf('xy'));
console.log('one, two,three ,, four'.split(/\s*,\s*/));
console.log('a1b22c333d'.split(/(\d+)/), 'a1b22c333d'.split(/(\d)(\d)?/), 'a1b22c333d'.split(/\d+/, 2));
console.log('abc'.split(/(?:)/), 'abc'.split(/(x)?/), ''.split(/,/), ''.split(/(?:)/), 'a,b,'.split(/,/));
console.log('Word, other. Third!'.split(/[^A-Za-z]+/), 'αβ-γδ'.split(/-/u), 'a😀b😀c'.split(/(?:)/u).length);
const re = /(\w)-/g;
re.lastIndex = 3;
console.log('a-b-c'.split(re), re.lastIndex, RegExp.$1);
class Sub extends RegExp {}
console.log('x1y2z'.split(new Sub('\\d')), 'x1y2z'.split(/\d/y));
