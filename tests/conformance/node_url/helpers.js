// url's helpers: fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode,
// urlToHttpOptions, and the module's shape.
const url = require('url');
console.log(Object.keys(url).join());
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
for (const input of ['file:///a%20b/%C3%A9', 'file://localhost/x', new URL('file:///p/q/'), 'file:///%E2%82%AC%25']) {
  console.log(JSON.stringify(url.fileURLToPath(input)));
}
for (const f of [() => url.fileURLToPath('http://x'), () => url.fileURLToPath('file://h/x'), () => url.fileURLToPath('file:///a%2fb'), () => url.fileURLToPath('file:///a%2Fb'), () => url.fileURLToPath(1), () => url.fileURLToPath('not a url'), () => url.fileURLToPath({ href: 'x', protocol: 'file:', hostname: '', pathname: '/fake' })]) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.pathToFileURL('/a b?c#d%e\\f\n\tg').href);
console.log(url.pathToFileURL('/tmp/é/€/').href, url.pathToFileURL('/x/../y').href);
console.log(url.pathToFileURL('rel/x').href.startsWith('file:///'), url.pathToFileURL('rel/').href.endsWith('/rel/'));
console.log(url.fileURLToPath(url.pathToFileURL('/round/trip %#?')));

const domains = ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', '日本語.jp', 'español.com', 'faß.de', 'ＥＸＡ.com', 'a..b', '1.2.3', '0x7f.1', '[::1]', '[::1', 'a b', 'a:1', 'a/b', '', 'xn--iñvalid.com', 'xn--a', 'ab--c.com', '-x.com', 'a%41.com', 'ü.ü.ü', '☃.net', 'a\u00adb.com'];
for (const domain of domains) {
  console.log(JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
for (const f of [() => url.domainToASCII(), () => url.domainToUnicode()]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.urlToHttpOptions(new URL('http://u%20:p@[::1]:81/a?b#c')));
console.log(url.urlToHttpOptions(new URL('https://h/')));
const extended = new URL('http://e/');
extended.extra = 1;
console.log(url.urlToHttpOptions(extended));
