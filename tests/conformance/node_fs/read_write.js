// fs.readFileSync / writeFileSync / appendFileSync: encodings, flags, descriptors, errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-rw-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    console.log(label, JSON.stringify(thunk()));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall, clean(e.path), clean(e.dest));
  }
}

const text = 'héllo wörld € 😀\n';
fs.writeFileSync(file('a.txt'), text);
show('utf8', () => fs.readFileSync(file('a.txt'), 'utf8'));
show('utf-8 options', () => fs.readFileSync(file('a.txt'), { encoding: 'UTF-8' }));
for (const encoding of ['latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'utf16le', 'ucs2']) {
  show(encoding, () => fs.readFileSync(file('a.txt'), encoding));
}
show('size', () => fs.statSync(file('a.txt')).size);

// Writing with each encoding, read back as hex.
for (const [data, encoding] of [
  ['aGVsbG8gd29ybGQ=', 'base64'], ['aGVsbG8_-w', 'base64url'], ['QU!JD-_', 'base64'],
  ['48656c6c6f', 'hex'], ['abz1', 'hex'], ['héllo€', 'latin1'], ['héllo€', 'ascii'],
  ['hé€', 'utf16le'], ['\ud800x\udc00', 'utf8'], ['plain', undefined],
]) {
  fs.writeFileSync(file('enc.bin'), data, encoding);
  show(`write ${encoding}`, () => fs.readFileSync(file('enc.bin'), 'hex'));
}
fs.writeFileSync(file('enc.bin'), 'abc', { encoding: 'hex' });
show('odd hex', () => fs.readFileSync(file('enc.bin'), 'hex'));

// Invalid UTF-8 decodes with replacement characters.
fs.writeFileSync(file('bad.bin'), 'e282410f09f98eda080c0af', 'hex');
show('lossy', () => fs.readFileSync(file('bad.bin'), 'utf8'));
fs.writeFileSync(file('bad.bin'), 'e28241f09f98eda080c0af', 'hex');
show('lossy2', () => fs.readFileSync(file('bad.bin'), 'utf8'));
fs.writeFileSync(file('bom.txt'), 'efbbbf41', 'hex');
show('bom kept', () => fs.readFileSync(file('bom.txt'), 'utf8'));

// Flags.
fs.writeFileSync(file('f.txt'), 'one');
fs.writeFileSync(file('f.txt'), 'two', { flag: 'a' });
fs.appendFileSync(file('f.txt'), '-three');
fs.appendFileSync(file('f.txt'), '-34', 'hex');
show('appended', () => fs.readFileSync(file('f.txt'), 'latin1'));
show('wx exists', () => fs.writeFileSync(file('f.txt'), 'x', { flag: 'wx' }));
show('ax exists', () => fs.appendFileSync(file('f.txt'), 'x', { flag: 'ax' }));
show('wx new', () => fs.writeFileSync(file('g.txt'), 'new', { flag: 'wx' }));
show('r+ missing', () => fs.writeFileSync(file('missing.txt'), 'x', { flag: 'r+' }));
show('r+ existing', () => { fs.writeFileSync(file('g.txt'), 'N', { flag: 'r+' }); return fs.readFileSync(file('g.txt'), 'utf8'); });
show('numeric flag', () => { fs.writeFileSync(file('g.txt'), 'Z', { flag: fs.constants.O_WRONLY }); return fs.readFileSync(file('g.txt'), 'utf8'); });
show('read with w+', () => fs.readFileSync(file('g.txt'), { encoding: 'utf8', flag: 'w+' }));
show('after w+', () => fs.statSync(file('g.txt')).size);
show('empty', () => fs.readFileSync(file('g.txt'), 'utf8'));

// Errors.
show('missing', () => fs.readFileSync(file('nope.txt'), 'utf8'));
show('missing no encoding', () => fs.readFileSync(file('nope.txt')));
show('directory', () => fs.readFileSync(base, 'utf8'));
show('directory latin1', () => fs.readFileSync(base, 'latin1'));
show('write to dir', () => fs.writeFileSync(base, 'x'));
show('missing parent', () => fs.writeFileSync(file('no/such/file'), 'x'));
show('not a dir', () => fs.writeFileSync(file('f.txt/x'), 'x'));
show('append missing parent', () => fs.appendFileSync(file('no/x'), 'x'));
show('bad encoding', () => fs.readFileSync(file('f.txt'), 'utf9'));
show('bad encoding option', () => fs.readFileSync(file('f.txt'), { encoding: 'nope' }));
show('bad options', () => fs.readFileSync(file('f.txt'), 42));
show('bad flag', () => fs.readFileSync(file('f.txt'), { flag: 'q' }));
show('bad data', () => fs.writeFileSync(file('f.txt'), 42));
show('object data', () => fs.writeFileSync(file('f.txt'), { toString() { return 'x'; } }));
show('null data', () => fs.writeFileSync(file('f.txt'), null));
show('bad mode', () => fs.writeFileSync(file('f.txt'), 'x', { mode: 'rw' }));
show('bad flush', () => fs.writeFileSync(file('f.txt'), 'x', { flush: 1 }));
show('no path', () => fs.readFileSync());
show('number path float', () => fs.readFileSync(1.5));
show('negative fd', () => fs.readFileSync(-1, 'utf8'));
show('null byte', () => fs.readFileSync('a\u0000b'));
show('object path', () => fs.writeFileSync({}, 'x'));
show('flush', () => { fs.writeFileSync(file('h.txt'), 'flushed', { flush: true }); return fs.readFileSync(file('h.txt'), 'utf8'); });

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
