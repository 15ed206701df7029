// Copying: copyFileSync (COPYFILE_EXCL, modes, same file, directories) and cpSync (recursive,
// filter, force / errorOnExist, symlinks, preserveTimestamps) with node's SystemErrors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-copy-')));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    const value = thunk();
    console.log(label, typeof value === 'string' ? clean(value) : JSON.stringify(value));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall, clean(e.path), clean(e.dest));
    if (e.info) {
      console.log('  info', clean(JSON.stringify(e.info)), Object.keys(e).join(','));
    }
  }
}
const read = (name) => fs.readFileSync(file(name), 'utf8');

fs.writeFileSync(file('src.txt'), 'source');
fs.chmodSync(file('src.txt'), 0o640);
show('copy', () => { fs.copyFileSync(file('src.txt'), file('dst.txt')); return read('dst.txt'); });
show('copy mode', () => (fs.statSync(file('dst.txt')).mode & 0o777).toString(8));
show('copy over', () => { fs.writeFileSync(file('dst.txt'), 'old and longer'); fs.copyFileSync(file('src.txt'), file('dst.txt')); return read('dst.txt'); });
show('copy excl', () => fs.copyFileSync(file('src.txt'), file('dst.txt'), fs.constants.COPYFILE_EXCL));
show('copy excl new', () => { fs.copyFileSync(file('src.txt'), file('new.txt'), fs.constants.COPYFILE_EXCL); return read('new.txt'); });
show('copy same file', () => { fs.copyFileSync(file('src.txt'), file('src.txt')); return read('src.txt'); });
show('copy missing', () => fs.copyFileSync(file('nope'), file('x')));
show('copy dir', () => fs.copyFileSync(base, file('x')));
show('copy left nothing', () => fs.existsSync(file('x')));
show('copy into dir', () => fs.copyFileSync(file('src.txt'), base));
show('copy missing dest dir', () => fs.copyFileSync(file('src.txt'), file('no/x')));
show('copy bad mode', () => fs.copyFileSync(file('src.txt'), file('y'), 8));
show('copy bad mode type', () => fs.copyFileSync(file('src.txt'), file('y'), '1'));
show('copy no src', () => fs.copyFileSync(undefined, file('y')));
show('copy no dest', () => fs.copyFileSync(file('src.txt')));

fs.mkdirSync(file('tree/sub/deep'), { recursive: true });
fs.writeFileSync(file('tree/a.txt'), 'A');
fs.writeFileSync(file('tree/sub/b.txt'), 'B');
fs.writeFileSync(file('tree/sub/deep/c.txt'), 'C');
fs.symlinkSync('a.txt', file('tree/link'));
show('cp dir needs recursive', () => fs.cpSync(file('tree'), file('out')));
show('cp recursive', () => { fs.cpSync(file('tree'), file('out'), { recursive: true }); return fs.readdirSync(file('out'), { recursive: true }).sort(); });
show('cp contents', () => [read('out/a.txt'), read('out/sub/b.txt'), read('out/sub/deep/c.txt')]);
show('cp link resolved', () => fs.readlinkSync(file('out/link')));
show('cp again', () => { fs.writeFileSync(file('out/a.txt'), 'changed'); fs.cpSync(file('tree'), file('out'), { recursive: true }); return read('out/a.txt'); });
show('cp no force', () => { fs.writeFileSync(file('out/a.txt'), 'kept'); fs.cpSync(file('tree/a.txt'), file('out/a.txt'), { force: false }); return read('out/a.txt'); });
show('cp errorOnExist', () => fs.cpSync(file('tree/a.txt'), file('out/a.txt'), { force: false, errorOnExist: true }));
show('cp file over dir', () => fs.cpSync(file('tree/a.txt'), file('out/sub')));
show('cp dir over file', () => fs.cpSync(file('tree/sub'), file('out/a.txt'), { recursive: true }));
show('cp into itself', () => fs.cpSync(file('tree'), file('tree/sub/inner'), { recursive: true }));
show('cp same', () => fs.cpSync(file('tree/a.txt'), file('tree/a.txt')));
show('cp missing', () => fs.cpSync(file('nope'), file('x')));
show('cp new parents', () => { fs.cpSync(file('tree/a.txt'), file('new/deep/a.txt')); return read('new/deep/a.txt'); });
show('cp filter', () => {
  const seen = [];
  fs.cpSync(file('tree'), file('filtered'), {
    recursive: true,
    filter(src, dest) { seen.push(clean(src)); return !src.endsWith('b.txt') && !src.endsWith('deep'); },
  });
  return [seen.sort(), fs.readdirSync(file('filtered'), { recursive: true }).sort()];
});
show('cp filter false top', () => { fs.cpSync(file('tree'), file('skipped'), { recursive: true, filter: () => false }); return fs.existsSync(file('skipped')); });
show('cp filter promise', () => fs.cpSync(file('tree'), file('p'), { recursive: true, filter: () => Promise.resolve(true) }));
show('cp verbatim', () => { fs.cpSync(file('tree/link'), file('verbatim'), { verbatimSymlinks: true }); return fs.readlinkSync(file('verbatim')); });
show('cp dereference', () => { fs.cpSync(file('tree/link'), file('deref'), { dereference: true }); return [fs.lstatSync(file('deref')).isFile(), read('deref')]; });
show('cp preserve', () => {
  fs.utimesSync(file('tree/a.txt'), 1000, 2000);
  fs.cpSync(file('tree/a.txt'), file('timed.txt'), { preserveTimestamps: true });
  return fs.statSync(file('timed.txt')).mtimeMs;
});
show('cp bad options', () => fs.cpSync(file('tree'), file('z'), 'yes'));
show('cp bad recursive', () => fs.cpSync(file('tree'), file('z'), { recursive: 1 }));
show('cp bad filter', () => fs.cpSync(file('tree'), file('z'), { filter: 'x' }));
show('cp incompatible', () => fs.cpSync(file('tree'), file('z'), { dereference: true, verbatimSymlinks: true }));
show('cp bad mode', () => fs.cpSync(file('tree'), file('z'), { mode: 9 }));
show('cp no dest', () => fs.cpSync(file('tree')));

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
