// Compares querystring.parse and stringify on thousands of generated inputs, hashed per
// function and separator choice.
const qs = require('querystring');
let seed = 4242;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}
const pieces = ['a', 'b', '=', '&', ';', ':', '==', '&&', '+', '%', '%2', '%41', '%zz', '%E2%82%AC', '%C3', 'é', '\ud83d\ude00', ' ', '[]', '__proto__', 'constructor'];
function generate() {
  let text = '';
  const length = random(10);
  for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
  return text;
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const results = {};
function record(name, value) {
  results[name] = hash((results[name] === undefined ? '' : String(results[name])) + '|' + JSON.stringify(value));
}
const separators = [[undefined, undefined], [';', ':'], ['&&', '=='], ['a', 'b']];
for (let i = 0; i < 3000; i++) {
  const input = generate();
  for (const [sep, eq] of separators) {
    const parsed = qs.parse(input, sep, eq);
    record(`parse ${sep} ${eq}`, Object.entries(parsed));
    record(`roundtrip ${sep} ${eq}`, qs.stringify(parsed, sep, eq));
  }
  record('maxKeys', Object.entries(qs.parse(input, null, null, { maxKeys: 1 + (i % 4) })));
  record('custom', Object.entries(qs.parse(input, null, null, { decodeURIComponent: (s) => s.toUpperCase() })));
  record('unescape', qs.unescape(input));
  record('unescapeBuffer', [...qs.unescapeBuffer(input, true)]);
  try {
    record('escape', qs.escape(input));
  } catch (e) {
    record('escape', e.code);
  }
}
for (const name of Object.keys(results)) console.log(name, results[name]);
