// The legacy url API: url.parse (with parseQueryString and slashesDenoteHost), url.format of
// legacy objects, strings and URL objects, url.resolve and url.resolveObject.
const url = require('url');
const inputs = [
  'http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash',
  'HTTP://www.Example.com/',
  'http://x.com/a b?c d#e f',
  'http://x.com\\a\\b?c\\d',
  '  http://trim.me/  ',
  'https://[::1]:3000/x',
  'https://[fe80::1%eth0]/',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://münchen.de/',
  'http://x.com:/',
  'mailto:user@example.com?subject=hi',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file://host/share',
  '//host/path?x',
  '/path/only?a=1&b=2&a=3',
  'relative/path',
  '?just=query',
  '#just-hash',
  'sc:opaque',
  'ws://h/?q#f',
  'http://x.com/%zz',
  'http://x.com/"<>`{}|^',
  "http://x.com/'",
  'http://' + 'a'.repeat(300) + '.com/',
  '',
  'http://x.com/p?q=1#h?#',
];
for (const input of inputs) {
  for (const [parseQuery, slashes] of [[false, false], [true, false], [false, true]]) {
    try {
      const parsed = url.parse(input, parseQuery, slashes);
      console.log(JSON.stringify(input), parseQuery, slashes, JSON.stringify(parsed), parsed.query !== null && typeof parsed.query === 'object' ? Object.getPrototypeOf(parsed.query) : '-');
    } catch (e) {
      console.log(JSON.stringify(input), 'throws', e.name, e.code, e.message);
    }
  }
}
console.log(url.parse('http://x/') instanceof url.Url, url.parse(url.parse('http://y/')).href);
for (const f of [() => url.parse(1), () => url.parse(null), () => url.parse('http://a\u0000b.com/'), () => url.format(1), () => url.format(null), () => url.format(new URL('http://x/'), 1)]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// format
const objects = [
  { protocol: 'http', host: 'x.com', pathname: '/a', search: 'b=1', hash: 'c' },
  { protocol: 'https:', hostname: 'x.com', port: 8080, pathname: 'a?b#c', query: { q: ['1', '2'], r: 'x y' } },
  { protocol: 'mailto', auth: 'u:p w', hostname: 'h' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'sc', slashes: true, hostname: '::1', pathname: '/x' },
  { hostname: 'h', search: '?s#1', query: { ignored: 1 } },
  { pathname: 'p', query: {} },
  { protocol: 'xmpp:', host: 'h', pathname: 'p' },
  {},
];
for (const object of objects) console.log(url.format(object));
console.log(url.format('http://x.com/a b'), url.format(url.parse('HTTP://X.com/?a=1#h')));
const whatwg = new URL('http://user:pw@xn--mnchen-3ya.de:8080/p?q=1#frag');
console.log(url.format(whatwg));
console.log(url.format(whatwg, { fragment: false, search: false }));
console.log(url.format(whatwg, { auth: false, unicode: true }));
console.log(url.format(whatwg, { unicode: 0, fragment: null }));

// resolve
const pairs = [
  ['/one/two/three', 'four'],
  ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../../d'],
  ['http://example.com/a/b/c', '../../../../d'],
  ['http://example.com/a/b/c', './'],
  ['http://example.com/a/b/c', '.'],
  ['http://example.com/a/b/c', '..'],
  ['http://example.com/a/b/c', '?q'],
  ['http://example.com/a/b/c?x', '#h'],
  ['http://example.com/a/b/c', '//other.com/x'],
  ['http://example.com/a/b/c', 'https://secure.com'],
  ['http://example.com/a/b/c', 'https:rel'],
  ['http://example.com/a/b/c', 'mailto:a@b'],
  ['http://u:p@example.com/a', '/b'],
  ['http://u:p@example.com/a', '//o.com/b'],
  ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:a@b', '?subject=x'],
  ['a/b/c', '../../../x'],
  ['a/b/c', '/x'],
  ['', 'x'],
  ['http://h', ''],
  ['file:///a/b', 'c'],
  ['sc:a/b', '../c'],
  ['http://example.com/a/', 'b/../../c/./d/'],
];
for (const [from, to] of pairs) {
  console.log(JSON.stringify([from, to]), '->', JSON.stringify(url.resolve(from, to)));
}
console.log(JSON.stringify(url.resolveObject('http://a/b/c', '../d')));
console.log(url.resolveObject('', 'x'));
