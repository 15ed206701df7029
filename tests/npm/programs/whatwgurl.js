const { URL, URLSearchParams, parseURL, serializeURL, percentDecodeString, basicURLParse } = require('whatwg-url');
const u = new URL('https://user:pa ss@EXAMPLE.com:443/a/../b/./c?x=1&y=%20z#frag');
console.log(u.href, u.origin, u.host, u.pathname, u.search, u.hash, u.username, u.password);
const rel = new URL('../d?q', 'http://h/a/b/c'); console.log(rel.href);
const p = new URLSearchParams('a=1&b=2&a=3'); p.append('c', 'x y'); p.sort(); console.log(p.toString(), p.getAll('a'));
console.log(serializeURL(basicURLParse('HTTP://münchen.de/ä?ö#ü')), parseURL('not a url'), Buffer.from(percentDecodeString('%E2%9C%93')).toString());
try { new URL('/relative'); } catch (e) { console.log(e.name, e.message); }
console.log(new URL('file:///C:/x/../y').href, new URL('http://[::1]:80/').host, new URL('http://0x7f.1/').hostname);
