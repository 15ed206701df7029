// Compares path.posix on thousands of generated paths: each line is a function and a hash of
// all its results, so any difference from node shows up as a changed line.
const path = require('path');
let seed = 12345;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const alphabet = ['a', 'b', '.', '/', '..', 'c.d', '.e'];
function generate() {
  let text = '';
  const length = random(7);
  for (let i = 0; i < length; i++) text += alphabet[random(alphabet.length)];
  return text;
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const inputs = [];
for (let i = 0; i < 3000; i++) inputs.push(generate());
const results = {};
function record(name, value) {
  results[name] = hash((results[name] === undefined ? '' : String(results[name])) + '|' + JSON.stringify(value));
}
for (let i = 0; i < inputs.length; i++) {
  const a = inputs[i];
  const b = inputs[(i * 7 + 3) % inputs.length];
  record('normalize', path.normalize(a));
  record('isAbsolute', path.isAbsolute(a));
  record('join', path.join(a, b));
  record('join3', path.join(b, a, b));
  record('resolve', path.resolve('/base/dir', a, b));
  record('relative', path.relative('/' + a, '/x/' + b));
  record('relative2', path.relative('/p/q/' + a, '/p/' + b));
  record('dirname', path.dirname(a));
  record('basename', path.basename(a));
  record('basename-suffix', path.basename(a, b));
  record('basename-ext', path.basename(a, '.d'));
  record('extname', path.extname(a));
  record('parse', path.parse(a));
  record('format', path.format(path.parse(a)));
}
for (const name of Object.keys(results)) console.log(name, results[name]);
