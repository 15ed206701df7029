// File descriptors: openSync flags and modes, writeSync at positions and with encodings,
// readFileSync / writeFileSync on descriptors, fstat, ftruncate, fsync, closeSync, EBADF,
// and readSync (which needs a Buffer).
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fd-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    const value = thunk();
    console.log(label, JSON.stringify(value));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall);
  }
}

const fd = fs.openSync(file('a.txt'), 'w+');
console.log('fd is a number', typeof fd, Number.isInteger(fd) && fd > 2);
show('write', () => fs.writeSync(fd, 'hello world'));
show('write at', () => fs.writeSync(fd, 'HELLO', 0));
show('write hex', () => fs.writeSync(fd, '2121', null, 'hex'));
show('write odd hex', () => fs.writeSync(fd, '212', null, 'hex'));
show('write unknown encoding', () => fs.writeSync(fd, 'é', null, 'klingon'));
show('write latin1', () => fs.writeSync(fd, 'é', undefined, 'latin1'));
show('write not string', () => fs.writeSync(fd, 42));
show('fstat size', () => fs.fstatSync(fd).size);
show('read from fd position', () => fs.readFileSync(fd, 'utf8'));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
show('ftruncate', () => { fs.ftruncateSync(fd, 5); return fs.readFileSync(file('a.txt'), 'utf8'); });
show('ftruncate grow', () => { fs.ftruncateSync(fd, 7); return fs.readFileSync(file('a.txt'), 'hex'); });
show('ftruncate negative', () => { fs.ftruncateSync(fd, -3); return fs.fstatSync(fd).size; });
show('ftruncate bad len', () => fs.ftruncateSync(fd, '1'));
show('fchmod', () => { fs.fchmodSync(fd, 0o600); return (fs.fstatSync(fd).mode & 0o777).toString(8); });
show('readSync', () => fs.readSync(fd, 'not a buffer'));
show('close', () => fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));
show('write closed', () => fs.writeSync(fd, 'x'));
show('fstat closed', () => fs.fstatSync(fd));
show('fsync closed', () => fs.fsyncSync(fd));
show('read closed', () => fs.readFileSync(fd, 'utf8'));

const reader = fs.openSync(file('a.txt'));
show('default flags read', () => fs.readFileSync(reader, 'utf8'));
show('read again at end', () => fs.readFileSync(reader, 'utf8'));
show('write to read-only', () => fs.writeSync(reader, 'x'));
fs.closeSync(reader);

const appender = fs.openSync(file('a.txt'), 'a');
fs.writeSync(appender, '+tail');
fs.writeFileSync(appender, '+more');
fs.appendFileSync(appender, '+last');
fs.closeSync(appender);
show('appended', () => fs.readFileSync(file('a.txt'), 'latin1'));

show('open missing', () => fs.openSync(file('missing'), 'r'));
show('open excl', () => fs.openSync(file('a.txt'), 'wx'));
show('open dir for write', () => fs.openSync(base, 'w'));
show('open dir', () => { const d = fs.openSync(base, 'r'); const isDir = fs.fstatSync(d).isDirectory(); fs.closeSync(d); return isDir; });
show('open bad flags', () => fs.openSync(file('a.txt'), 'rw'));
show('open float flags', () => fs.openSync(file('a.txt'), 1.5));
show('open bad mode', () => fs.openSync(file('a.txt'), 'r', 'x'));
show('open mode', () => { const f = fs.openSync(file('m.txt'), 'w', 0o600); fs.closeSync(f); return (fs.statSync(file('m.txt')).mode & 0o700).toString(8); });
show('open numeric', () => { const f = fs.openSync(file('n.txt'), fs.constants.O_CREAT | fs.constants.O_WRONLY); fs.writeSync(f, 'n'); fs.closeSync(f); return fs.readFileSync(file('n.txt'), 'utf8'); });
for (const bad of [-1, 1.5, 2 ** 31, 'x', NaN, Infinity]) {
  show(`close ${String(bad)}`, () => fs.closeSync(bad));
  show(`write ${String(bad)}`, () => fs.writeSync(bad, 'x'));
}

show('truncate path', () => { fs.truncateSync(file('a.txt'), 3); return fs.readFileSync(file('a.txt'), 'utf8'); });
show('truncate default', () => { fs.truncateSync(file('a.txt')); return fs.statSync(file('a.txt')).size; });
show('truncate missing', () => fs.truncateSync(file('missing')));
show('truncate dir', () => fs.truncateSync(base));

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
