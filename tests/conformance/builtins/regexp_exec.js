// exec/test results, lastIndex semantics, named groups, indices, Unicode.
function show(result) {
  if (result === null) return 'null';
  var parts = [];
  for (var i = 0; i < result.length; i++) parts.push(result[i] === undefined ? 'undefined' : '"' + result[i] + '"');
  var text = '[' + parts.join(', ') + '] index=' + result.index;
  if (result.groups !== undefined) {
    text += ' groups={' + Object.keys(result.groups).map(function (k) { return k + ':' + result.groups[k]; }).join(',') + '}';
    text += ' groupsProto=' + Object.getPrototypeOf(result.groups);
  } else {
    text += ' groups=undefined';
  }
  if (result.indices !== undefined) {
    text += ' indices=' + result.indices.map(function (pair) { return pair === undefined ? 'u' : pair.join('-'); }).join('|');
    if (result.indices.groups) text += ' indexGroups=' + Object.keys(result.indices.groups).map(function (k) { var p = result.indices.groups[k]; return k + ':' + (p ? p.join('-') : 'u'); }).join(',');
  }
  return text;
}

var re = new RegExp('(\\d+)-(\\w)?', '');
var m = re.exec('ab 12- 34-x');
console.log(show(m), m.input, m.length, Array.isArray(m), Object.keys(m).join());
console.log(re.lastIndex);

// Global: lastIndex advances, then resets on failure.
var global = new RegExp('o', 'g');
var text = 'foo boo';
var found;
while ((found = global.exec(text)) !== null) console.log(found.index, global.lastIndex);
console.log(global.lastIndex);

// Non-global ignores lastIndex (but still reads it).
var plain = new RegExp('o');
plain.lastIndex = 5;
console.log(plain.exec('foo').index, plain.lastIndex);
var reads = 0;
plain.lastIndex = { valueOf: function () { reads++; return 0; } };
plain.exec('o');
console.log('reads', reads);

// lastIndex past the end, fractional, negative.
global.lastIndex = 100;
console.log(global.exec('foo'), global.lastIndex);
global.lastIndex = 1.7;
console.log(global.exec('foo').index, global.lastIndex);
global.lastIndex = -5;
console.log(global.exec('foo').index, global.lastIndex);

// Sticky: only at lastIndex.
var sticky = new RegExp('o', 'y');
sticky.lastIndex = 1;
console.log(sticky.test('foo'), sticky.lastIndex, sticky.test('foo'), sticky.lastIndex, sticky.test('foo'), sticky.lastIndex);
var stickyWord = new RegExp('\\w+|\\s+', 'y');
var tokens = [];
var token;
while ((token = stickyWord.exec('let x  = 1')) !== null) tokens.push(token[0]);
console.log(tokens);
var stickyAlternation = new RegExp('a|ab', 'y');
stickyAlternation.lastIndex = 2;
console.log(show(stickyAlternation.exec('xxab')), stickyAlternation.lastIndex);
var stickyBackreference = new RegExp('(a)\\1', 'y');
stickyBackreference.lastIndex = 1;
console.log(show(stickyBackreference.exec('baa')), show(stickyBackreference.exec('baa')));

// Named groups and indices.
var named = new RegExp('(?<year>\\d{4})-(?<month>\\d{2})(?:-(?<day>\\d{2}))?', 'd');
console.log(show(named.exec('on 2020-03 ok')));
console.log(show(new RegExp('(?<a>x)|(?<b>y)', '').exec('y')));
console.log(show(new RegExp('(a)(b)?', 'd').exec('zab')));
console.log(show(new RegExp('(a)(b)?', 'd').exec('za')));
console.log(Object.keys(new RegExp('(?<x>a)', 'd').exec('a')).join());

// test() and its use of exec.
console.log(new RegExp('^a.c$').test('abc'), new RegExp('^a.c$').test('ab\nc'), new RegExp('^a.c$', 's').test('a\nc'));
console.log(new RegExp('^b', 'm').test('a\nb'), new RegExp('^b').test('a\nb'));
console.log(new RegExp('ABC', 'i').test('xabcx'), new RegExp('\u00e9', 'i').test('\u00c9'));

// Unicode: surrogate pairs, property escapes, lookbehind, v-mode sets.
console.log(new RegExp('^.$', 'u').test('\ud83d\ude00'), new RegExp('^.$').test('\ud83d\ude00'));
console.log(new RegExp('\\u{1F600}', 'u').test('\ud83d\ude00'));
console.log(show(new RegExp('\\p{Lu}+', 'u').exec('abcDEFg')));
console.log(show(new RegExp('\\p{Script=Greek}+', 'u').exec('abc \u03b1\u03b2\u03b3!')));
console.log(show(new RegExp('(?<=\\$)\\d+(?!\\d)').exec('cost $42 or 17')));
console.log(show(new RegExp('(?<!\\$)\\b\\d+').exec('cost $42 or 17')));
console.log(show(new RegExp('[\\p{L}--[a-z]]+', 'v').exec('abcDEF')));
var unicodeGlobal = new RegExp('', 'gu');
unicodeGlobal.lastIndex = 1;
console.log(show(unicodeGlobal.exec('\ud83d\ude00')), unicodeGlobal.lastIndex);
var empty = new RegExp('a*', 'g');
console.log(show(empty.exec('bbb')), empty.lastIndex);

// Backreferences, quantifiers, lazy matching, alternation order.
console.log(show(new RegExp('(\\w)\\1').exec('abccd')));
console.log(show(new RegExp('<.+?>').exec('<a><b>')), show(new RegExp('<.+>').exec('<a><b>')));
console.log(show(new RegExp('(a|ab)(c|bcd)(d*)').exec('abcd')));
console.log(show(new RegExp('(z)((a+)?(b+)?(c))*').exec('zaacbbbcac')));
console.log(show(new RegExp('x{2,3}').exec('xxxxx')), show(new RegExp('\\bfoo\\b').exec('a foo.')));

// Latin-1 and two-byte inputs, long input reuse.
console.log(show(new RegExp('\u00ff+').exec('a\u00ff\u00ffb')), show(new RegExp('\u4e16').exec('\u4f60\u597d\u4e16\u754c')));
var long = '';
for (var i = 0; i < 2000; i++) long += 'ab';
var counter = new RegExp('b', 'g');
var count = 0;
while (counter.exec(long)) count++;
console.log(count);

// Exec results are ordinary arrays with extra properties.
var result = new RegExp('b').exec('abc');
result.push('x');
console.log(result.length, result.index, result.input);
console.log(new RegExp('(?<word>\\w+)').exec('hi there'));
