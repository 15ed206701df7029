// querystring: parse/decode and stringify/encode with separators and options, escape,
// unescape, unescapeBuffer, and replacing querystring.escape/unescape.
const qs = require('querystring');
console.log(Object.keys(qs).join(), qs.decode === qs.parse, qs.encode === qs.stringify);
const inputs = [
  'a=1&b=2&a=3',
  'a&b=&=c&&d=e=f',
  'a+b=c+d&%41%42=%E2%82%AC',
  'bad=%E2%82&alsobad=%zz&pct=%',
  'x=%F0%9F%98%80&y=%uD83D',
  '&&&',
  '',
  '=',
  'a=1;b=2',
  'constructor=1&__proto__=2&hasOwnProperty=3',
  'arr=1&arr=2&arr=3',
];
for (const input of inputs) console.log(JSON.stringify(input), JSON.stringify(qs.parse(input)));
console.log(qs.parse('a:1;b:2;a:3', ';', ':'));
console.log(qs.parse('a==1&&b==2', '&&', '=='));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
console.log(qs.parse('a=%41&b=x+y', null, null, { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
console.log(qs.parse(5), qs.parse(null), Object.getPrototypeOf(qs.parse('a=1')));

const objects = [
  { a: 1, b: 'x y', c: ['1', 2, true], d: null, e: undefined, f: NaN, g: Infinity, h: 10n, i: {}, j: [] },
  { 'é€': 'ü', '~!*()\'': '-_.', '&=': '?#' },
  { big: 1e21, small: -0, frac: 0.5 },
];
for (const object of objects) {
  console.log(qs.stringify(object));
  console.log(qs.stringify(object, ';', ':'));
  console.log(qs.stringify(object, null, null, { encodeURIComponent: (s) => `[${s}]` }));
}
console.log(JSON.stringify(qs.stringify('str')), JSON.stringify(qs.stringify(null)), JSON.stringify(qs.stringify([1, 2])));
try {
  qs.stringify({ a: '\ud800' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(qs.escape('a b&c/é'), qs.escape(12), qs.escape({ toString: () => 'o k' }), qs.escape(['x', 'y']));
console.log(qs.unescape('a%20b+c'), qs.unescape('%E2%82', true), qs.unescape('%zz%41+'));
console.log(qs.unescapeBuffer('a%20b+c%zz%4'), qs.unescapeBuffer('a+b', true), qs.unescapeBuffer('é'));
const savedEscape = qs.escape;
qs.escape = (s) => s.toUpperCase();
console.log(qs.stringify({ a: 'b c' }));
qs.escape = savedEscape;
const savedUnescape = qs.unescape;
qs.unescape = (s) => `(${s})`;
console.log(qs.parse('a%20=b%20'));
qs.unescape = savedUnescape;
