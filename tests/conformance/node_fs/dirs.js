// Directories: mkdirSync (recursive, first created path), readdirSync (sorted, withFileTypes,
// recursive, encodings), rmdirSync, rmSync (recursive, force), renameSync, unlinkSync,
// mkdtempSync, and their errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-dirs-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    const value = thunk();
    console.log(label, typeof value === 'string' ? clean(value) : JSON.stringify(value, null, 0));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall, clean(e.path), clean(e.dest));
  }
}

show('mkdir', () => fs.mkdirSync(file('a')));
show('mkdir again', () => fs.mkdirSync(file('a')));
show('recursive existing', () => fs.mkdirSync(file('a'), { recursive: true }));
show('recursive new', () => fs.mkdirSync(file('a/b/c/d'), { recursive: true }));
show('recursive trailing', () => fs.mkdirSync(file('x/y/'), { recursive: true }));
show('recursive dots', () => fs.mkdirSync(file('p//q/../r/'), { recursive: true }));
show('missing parent', () => fs.mkdirSync(file('m/n')));
fs.writeFileSync(file('file'), 'x');
show('over file', () => fs.mkdirSync(file('file')));
show('recursive over file', () => fs.mkdirSync(file('file'), { recursive: true }));
show('under file', () => fs.mkdirSync(file('file/sub')));
show('recursive under file', () => fs.mkdirSync(file('file/sub/deeper'), { recursive: true }));
show('mode', () => { fs.mkdirSync(file('moded'), 0o700); fs.chmodSync(file('moded'), 0o751); return (fs.statSync(file('moded')).mode & 0o777).toString(8); });
show('bad recursive', () => fs.mkdirSync(file('r'), { recursive: 'yes' }));
show('bad mode', () => fs.mkdirSync(file('r'), { mode: 'abc' }));
show('bad mode type', () => fs.mkdirSync(file('r'), { mode: {} }));
show('no path', () => fs.mkdirSync(undefined, { recursive: true }));

for (const name of ['zeta', 'Alpha', 'beta', '_under', '10', '9', 'ÿ', 'é', 'b.txt', 'a.txt']) {
  fs.writeFileSync(file(`a/${name}`), name);
}
fs.symlinkSync('zeta', file('a/link'));
show('readdir', () => fs.readdirSync(file('a')));
show('readdir hex', () => fs.readdirSync(file('a'), 'hex').slice(0, 3));
show('readdir latin1', () => fs.readdirSync(file('a'), { encoding: 'latin1' }).slice(-3));
const dirents = fs.readdirSync(file('a'), { withFileTypes: true });
console.log('dirents', dirents.length, dirents[0] instanceof fs.Dirent, Object.keys(dirents[0]).join(','));
for (const dirent of dirents) {
  console.log(' ', dirent.name, clean(dirent.path), clean(dirent.parentPath), dirent.isFile(), dirent.isDirectory(), dirent.isSymbolicLink());
}
show('recursive', () => fs.readdirSync(file('a'), { recursive: true }));
const deep = fs.readdirSync(base, { recursive: true, withFileTypes: true });
console.log('recursive dirents', deep.map((d) => `${clean(d.parentPath)}|${d.name}|${d.isDirectory()}`).join(' '));
show('readdir file', () => fs.readdirSync(file('file')));
show('readdir missing', () => fs.readdirSync(file('nope')));
show('readdir recursive missing', () => fs.readdirSync(file('nope'), { recursive: true }));
show('readdir bad recursive', () => fs.readdirSync(base, { recursive: 1 }));
show('readdir bad encoding', () => fs.readdirSync(base, 'base32'));

show('rmdir not empty', () => fs.rmdirSync(file('a')));
show('rmdir file', () => fs.rmdirSync(file('file')));
show('rmdir missing', () => fs.rmdirSync(file('nope')));
show('rmdir', () => fs.rmdirSync(file('x/y')));
show('unlink dir', () => fs.unlinkSync(file('x')));
show('unlink missing', () => fs.unlinkSync(file('nope')));
show('unlink link', () => { fs.unlinkSync(file('a/link')); return fs.existsSync(file('a/zeta')); });

show('rename', () => { fs.renameSync(file('a/zeta'), file('a/omega')); return fs.readdirSync(file('a')).includes('omega'); });
show('rename missing', () => fs.renameSync(file('nope'), file('other')));
show('rename dir over file', () => fs.renameSync(file('x'), file('file')));
show('rename file over dir', () => fs.renameSync(file('file'), file('x')));
show('rename into itself', () => fs.renameSync(file('a'), file('a/b/inner')));
show('rename over empty dir', () => { fs.mkdirSync(file('empty')); fs.renameSync(file('x'), file('empty')); return fs.existsSync(file('x')); });
show('rename over nonempty dir', () => fs.renameSync(file('p'), file('a')));
show('rename bad dest', () => fs.renameSync(file('a'), 42));

show('rm dir', () => fs.rmSync(file('a')));
show('rm missing', () => fs.rmSync(file('nope')));
show('rm missing force', () => fs.rmSync(file('nope'), { force: true }));
show('rm file', () => { fs.rmSync(file('file')); return fs.existsSync(file('file')); });
show('rm recursive', () => { fs.rmSync(file('a'), { recursive: true }); return fs.existsSync(file('a')); });
show('rm bad options', () => fs.rmSync(base, 'yes'));
show('rm bad force', () => fs.rmSync(base, { force: 'yes' }));
show('rm bad retries', () => fs.rmSync(base, { maxRetries: -1 }));
show('rm bad delay', () => fs.rmSync(base, { retryDelay: 1.5 }));
show('rmdir recursive', () => { fs.mkdirSync(file('t/u'), { recursive: true }); fs.writeFileSync(file('t/u/f'), ''); fs.rmdirSync(file('t'), { recursive: true }); return fs.existsSync(file('t')); });

const temp = fs.mkdtempSync(file('tmp-'));
console.log('mkdtemp', path.basename(temp).length, path.basename(temp).startsWith('tmp-'), fs.statSync(temp).isDirectory());
show('mkdtemp missing', () => fs.mkdtempSync(file('nope/x-')));
show('mkdtemp bad prefix', () => fs.mkdtempSync(7));
show('mkdtemp hex', () => /^[0-9a-f]+$/.test(fs.mkdtempSync(file('h'), 'hex')));

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
