const XRegExp = require('xregexp');
const date = XRegExp(`(?<year>  [0-9]{4} ) -?  # year
                      (?<month> [0-9]{2} ) -?  # month
                      (?<day>   [0-9]{2} )     # day`, 'x');
const m = XRegExp.exec('2021-02-22', date);
console.log(m.groups.year, m.groups.month, m.groups.day, XRegExp.replace('2021-02-22', date, '$<month>/$<day>/$<year>'));
console.log(XRegExp('^\\p{L}+$').test('Ελληνικά'), XRegExp('^\\p{Han}+$').test('日本'), XRegExp.match('a1b22c333', /\d+/g, 'all'), XRegExp.escape('a.b*c'));
console.log(XRegExp.matchChain('<a href="http://x/1">x</a><a href="http://y/2">y</a>', [{ regex: /<a href="([^"]+)">/i, backref: 1 }, { regex: XRegExp('(?i)^https?://(?<domain>[^/?#]+)'), backref: 'domain' }]));
console.log(XRegExp.split('a, b,c , d', /\s*,\s*/), XRegExp.union(['a+b', /c|d/], 'g').source, XRegExp.matchRecursive('(t((e))s)t()(ing)', '\\(', '\\)', 'g'));
const tpl = XRegExp.tag('x')`^ ${/\d+/} - ${'[a-z]+'} $`; console.log(tpl.test('12-ab'), tpl.source);
let out = []; XRegExp.forEach('1a2345', /\d/, (match, i) => out.push(`${match[0]}@${i}`)); console.log(out.join(' '));
