// The WHATWG URL class: parsing (special and non-special schemes, hosts, paths, file URLs),
// the components, errors, canParse/parse, serialisation and util.inspect.
const inputs = [
  ['https://user:pa ss@EXAMPLE.com:443/a/./b/../c/%7e?x=1 2&y#frag ment'],
  ['HTTP://example.COM:80'],
  ['http://example.com:0080/'],
  ['ftp://h:21/x'],
  ['ws://h:80/', undefined],
  ['wss://h:443/'],
  ['http://[::1]:8080/'],
  ['http://[2001:db8:0:0:1:0:0:1]/'],
  ['http://[0:0:0:0:0:ffff:192.168.0.1]/'],
  ['http://[::]/'],
  ['http://[1:0:0:2:0:0:0:3]/'],
  ['http://0x7f.1/'],
  ['http://2130706433/'],
  ['http://017700000001/'],
  ['http://1.2.3.4.'],
  ['http://256.0.0.1/'],
  ['http://1.2.3.256/'],
  ['http://1.2.65536/'],
  ['http://a.b.c.0x/'],
  ['http://09/'],
  ['http://münchen.de/straße?ä=ö#ü'],
  ['http://xn--mnchen-3ya.de/'],
  ['http://日本.jp/'],
  ['http://ＥＸＡＭＰＬＥ.com/'],
  ['http://ex%41mple.com/'],
  ['http://a%2Fb/'],
  ['http://exa mple.com/'],
  ['http://a<b/'],
  ['http://%zz/'],
  ['http:example.com/a'],
  ['http:/example.com/a'],
  ['http:\\\\example.com\\a\\b'],
  ['  \t http://example.com/\n a \u0000 '],
  ['http://@example.com/'],
  ['http://:@example.com/'],
  ['http://a:b@c@d/'],
  ['http://'],
  ['http://:80/'],
  ['https://h:65535/'],
  ['https://h:65536/'],
  ['https://h:8x/'],
  ['file:///C:/Windows/../x'],
  ['file://localhost/etc/passwd'],
  ['file://LOCALHOST/x'],
  ['file://host/share/file.txt'],
  ['file:C|/x'],
  ['file:/a/b/../../..'],
  ['file://C:/x'],
  ['file:///a?q#f'],
  ['file:'],
  ['file:..'],
  ['sc://Host:99/p?q#f'],
  ['sc://h/a/../b'],
  ['sc:/a/b'],
  ['sc:opaque path?q#f'],
  ['sc:opaque/..'],
  ['sc://[::1]/'],
  ['sc://a b/'],
  ['sc://a%20b/'],
  ['sc://ñ/'],
  ['sc:'],
  ['SC+1.a-b:x'],
  ['mailto:Someone@Example.com'],
  ['javascript:alert(1)'],
  ['data:text/html,<p>hi</p>'],
  ['blob:https://example.com/uuid'],
  ['blob:sc://x/y'],
  ['urn:isbn:0451450523'],
  ['tel:+1-201-555-0123'],
  ['a:\t//b'],
  ['1http://x/'],
  ['/just/a/path'],
  [''],
  ['x', 'http://example.com/a/b'],
  ['../../../x', 'http://example.com/a/b/c'],
  ['./y?z', 'http://example.com/a/b'],
  ['?q2', 'http://example.com/a?q#f'],
  ['#f2', 'http://example.com/a?q#f'],
  ['//other.org/p', 'https://example.com/'],
  ['\\\\other.org\\p', 'https://example.com/'],
  ['http:x', 'http://example.com/a/'],
  ['https:x', 'http://example.com/a/'],
  ['sc:x', 'http://example.com/a/'],
  ['x', 'sc://h/a/b'],
  ['#x', 'sc:opaque'],
  ['x', 'sc:opaque'],
  ['/x', 'file:///C:/a/b'],
  ['../../..', 'file:///C:/a/b'],
  ['D:/y', 'file:///C:/a/b'],
  ['//h2/y', 'file:///C:/a/b'],
  ['x', 'not a url'],
  ['', 'http://example.com/a?q#f'],
];
for (const [input, base] of inputs) {
  try {
    const url = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), '->', JSON.stringify({
      href: url.href, origin: url.origin, protocol: url.protocol, username: url.username, password: url.password,
      host: url.host, hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search, hash: url.hash,
    }));
  } catch (e) {
    console.log(JSON.stringify(input), 'throws', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e).join());
  }
  console.log('  canParse', URL.canParse(input, base), 'parse', URL.parse(input, base) === null ? null : URL.parse(input, base).href);
}

// Errors and argument handling.
for (const f of [
  () => new URL(),
  () => URL.canParse(),
  () => URL.parse(),
  () => new URL(Symbol('s')),
  () => new URL({ toString() { return 'http://from-object/'; } }).href,
  () => new URL('http://x/', undefined).href,
  () => new URL('x', { toString() { return 'http://b/c/'; } }).href,
  () => new URL('http://x/\ud800').href,
  () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}),
  () => URL.prototype.toString.call(1),
]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// Serialisation.
const url = new URL('https://example.com/p?q=1#h');
console.log(String(url), url.toString(), url.toJSON(), JSON.stringify({ url }), `${url}`);
console.log(url instanceof URL, Object.prototype.toString.call(url), typeof URL, URL.name, URL.length, Object.keys(url));
console.log(Object.getOwnPropertyNames(URL.prototype).join(), Object.keys(URL.prototype).join());

// util.inspect and console.log.
const util = require('util');
console.log(new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h'));
console.log([new URL('file:///tmp/x')]);
console.log({ a: { b: { c: new URL('http://x/') } } });
console.log(util.inspect(new URL('http://x/?a=1'), { depth: 0 }));
console.log(util.inspect(new URL('http://x/?a=1'), { depth: null }));
class MyURL extends URL {}
console.log(new MyURL('http://sub/'), new MyURL('http://sub/') instanceof URL);
