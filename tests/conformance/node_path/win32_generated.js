// Compares path.win32 on thousands of generated paths (drive letters, UNC roots, device roots,
// reserved device names, both separators): each line is a function and a hash of all its
// results, so any difference from node shows up as a changed line. resolve always starts from
// an absolute path on drive C: so that no result depends on the working directory.
const path = require('path');
const win32 = path.win32;
let seed = 424242;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const alphabet = ['\\', '/', 'C:', '.', '..', 'a', '\\\\srv\\sh', 'b.c', 'c:', '.d', ':', '\\\\.\\', '\\\\?\\', 'CON:', 'x'];
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
// A path whose resolution never reaches the working directory: no drive other than C: unless
// it is absolute.
function cwdFree(p) {
  return !/^[a-zA-Z]:/.test(p) || /^[cC]:/.test(p);
}
const inputs = [];
for (let i = 0; i < 4000; i++) inputs.push(generate());
const results = {};
function record(name, value) {
  results[name] = hash((results[name] === undefined ? '' : String(results[name])) + '|' + JSON.stringify(value));
}
for (let i = 0; i < inputs.length; i++) {
  const a = inputs[i];
  const b = inputs[(i * 7 + 3) % inputs.length];
  record('normalize', win32.normalize(a));
  record('isAbsolute', win32.isAbsolute(a));
  record('join', win32.join(a, b));
  record('join3', win32.join(b, a, b));
  if (cwdFree(a) && cwdFree(b)) {
    record('resolve', win32.resolve('C:\\base\\dir', a, b));
    record('relative', win32.relative('C:\\' + a, 'C:\\x\\' + b));
    record('relative2', win32.relative('C:\\p\\q\\' + a, 'c:/p/' + b));
    record('relativeUnc', win32.relative('\\\\srv\\sh\\' + a, '\\\\srv\\sh\\' + b));
    record('toNamespacedPath', win32.toNamespacedPath('C:\\' + a));
  }
  record('dirname', win32.dirname(a));
  record('basename', win32.basename(a));
  record('basename-suffix', win32.basename(a, b));
  record('basename-ext', win32.basename(a, '.c'));
  record('extname', win32.extname(a));
  record('parse', win32.parse(a));
  record('format', win32.format(win32.parse(a)));
}
for (const name of Object.keys(results)) console.log(name, results[name]);
