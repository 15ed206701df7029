// Differential test of the WHATWG URL parser on thousands of generated inputs: every input is
// parsed alone and against a base, and a copy of the result goes through each setter with
// another generated value. Results are hashed in buckets of 100 inputs, so a difference from
// node names the bucket (print the inputs of a bucket to find it).
let seed = 20240601;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}
const schemes = ['http:', 'https:', 'HTTP:', 'file:', 'ws:', 'wss:', 'ftp:', 'sc:', 'mailto:', 'blob:', 'data:', 'a+b.c-d:', '1a:', ''];
const pieces = [
  '/', '//', '///', '\\', '?', '#', '@', ':', '.', '..', '/.', '/..', '%2e', '%2E%2e', '%', '%41', '%zz', '%c3%a9',
  '[', ']', '[::1]', '[1:2::3]', '[::ffff:1.2.3.4]', '[1:2:3:4:5:6:7:8]', '[::1:2::]', '[0:0:1:0:0:0:0:0]',
  '1.2.3.4', '0x7f.1', '0X10', '255', '256', '4294967295', '4294967296', '1.2.3', '08', '0.0.0.0.', '1.2.3.4.5',
  'a', 'B', 'host', 'EXAMPLE.com', 'é', '日本', 'ß', 'ＡＢ', 'xn--nxasmq6b', 'xn--a', 'münchen',
  ' ', '\t', '\n', '\u0000', '\u001f', '\u007f', '\u00a0', '\u{1F600}', '\ud800', 'c:', 'C|', '|', '^', '`', '{', '}', '"', '<', '>', "'", '~', '&', '=', '+',
  '80', '443', '21', '65535', '65536', '0', 'localhost', 'user', 'user:pass@', ':@', 'a=1&b=2', '?q=x y', '#frag ment',
];
function generate(max) {
  let text = '';
  const length = 1 + random(max);
  for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
  return text;
}
const hosts = ['a', 'example.com', 'EXAMPLE.COM.', '1.2.3.4', '0x7f.1', '0X10', '4294967295', '4294967296', '1.2.3', '08', '09', '0.0.0.0.', '1.2.3.4.5', '[::1]', '[1:2::3]', '[::ffff:1.2.3.4]', '[1:2:3:4:5:6:7:8]', '[::1:2::]', '[0:0:1:0:0:0:0:0]', '[1::', 'é.com', '日本.jp', 'faß.de', 'ＡＢ.com', 'xn--nxasmq6b.com', 'xn--a.com', 'münchen.de', 'localhost', 'a%41b', 'a%2eb', 'a b', 'a^b', '', 'a..b', '%zz', 'x_y', '-a-.b'];
function maybe(chance, fn) {
  return random(chance) === 0 ? fn() : '';
}
function generateURL() {
  let text = schemes[random(schemes.length)];
  if (random(3) > 0) text += ['//', '/', '\\\\', '///', ''][random(5)];
  text += maybe(4, () => ['user', 'u:p', ':p', 'u@v', 'ü:ß', ''][random(6)] + '@');
  text += random(8) === 0 ? generate(2) : hosts[random(hosts.length)];
  text += maybe(3, () => ':' + ['80', '443', '21', '8080', '65535', '65536', '0', '00080', '', 'x'][random(10)]);
  const segments = random(4);
  for (let i = 0; i < segments; i++) text += ['/', '\\', '/'][random(3)] + (random(3) === 0 ? generate(2) : ['a', '.', '..', '%2e', '.%2E', 'c:', 'C|', 'b c', 'é', ''][random(10)]);
  text += maybe(3, () => '?' + generate(2));
  text += maybe(3, () => '#' + generate(2));
  return text;
}
// No base with an opaque path: ada resolves `x#y` against one (the standard fails), which
// kiln does not copy (docs/compat.md).
const bases = [undefined, 'http://example.com/a/b/c?q#f', 'file:///C:/dir/file', 'sc://h/p/q', 'sc:/p/q', 'https://u:p@h:8443/x/', 'file://host/share/x', 'ws://[::1]:9/'];
function describe(fn) {
  try {
    return fn();
  } catch (error) {
    return `${error.name}:${error.code}`;
  }
}
function snapshot(url) {
  return [url.href, url.origin, url.protocol, url.username, url.password, url.host, url.hostname, url.port, url.pathname, url.search, url.hash].join('\u0001');
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const setters = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'href'];
const verbose = process.argv[2] === 'verbose';
let bucket = '';
let parsed = 0;
for (let i = 0; i < 3000; i++) {
  const input = random(4) === 0 ? generate(5) : generateURL();
  const base = bases[random(bases.length)];
  let line = describe(() => snapshot(new URL(input)));
  line += '\u0002' + describe(() => snapshot(new URL(input, base)));
  line += '\u0002' + URL.canParse(input, base);
  const url = describe(() => new URL(input, base));
  // The setters' values are drawn whether or not the input parsed, so that one difference
  // does not shift every later input.
  const values = setters.map((setter) => (setter === 'href' ? generateURL() : generate(3)));
  if (typeof url === 'object') {
    parsed++;
    for (let j = 0; j < setters.length; j++) {
      const setter = setters[j];
      const value = values[j];
      const copy = new URL(url.href);
      line += '\u0002' + describe(() => {
        copy[setter] = value;
        return snapshot(copy) + '\u0003' + copy.searchParams.toString();
      });
    }
  }
  if (verbose) console.log(JSON.stringify([input, base, line, values]));
  bucket += line;
  if (i % 100 === 99) {
    console.log(`inputs ${i - 99}-${i}: ${hash(bucket)}`);
    bucket = '';
  }
}
console.log('parsed', parsed);
