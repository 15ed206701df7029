// String.prototype.replace/replaceAll/split with RegExp arguments (through Symbol.replace and
// Symbol.split).
function re(pattern, flags) {
  return new RegExp(pattern, flags);
}
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

console.log('foo boo'.replace(re('o', 'g'), '0'), 'foo'.replace(re('o'), '0'), 'John Smith'.replace(re('(\\w+)\\s(\\w+)'), '$2, $1'));
console.log('2020-03-07'.replace(re('(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)'), '$<d>/$<m>/$<y>'));
console.log('a1b2c3'.replace(re('\\d', 'g'), function (digit, offset) { return '[' + digit * 2 + '@' + offset + ']'; }));
console.log('aaa'.replace(re('a*?', 'g'), '-'), 'abc'.replace(re('', 'g'), '.'));
console.log('x-y_z'.replaceAll(re('[-_]', 'g'), ' '), 'aXbX'.replaceAll(re('x', 'gi'), function (m) { return m + m; }));
attempt('replaceAll non-global', function () { return 'abc'.replaceAll(re('a'), 'x'); });
console.log('a, b,c ,d'.split(re('\\s*,\\s*')), 'one1two22three'.split(re('\\d+')), 'a1b2'.split(re('(\\d)')));
console.log('abc'.split(re('')), 'a,b,c'.split(re(','), 2), ''.split(re(',')), 'test'.split(re('t')));
console.log('\ud83d\ude00x'.split(re('', 'u')).length, '\ud83d\ude00x'.split(re('')).length);
var text = 'The year 1999 and 2024';
console.log(text.replace(re('\\d{4}', 'g'), function (year) { return String(Number(year) + 1); }));
console.log(text.match(re('\\d{4}', 'g')), text.search(re('\\d')), [...text.matchAll(re('\\d{4}', 'g'))].length);
