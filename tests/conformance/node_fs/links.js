// Links: symlinkSync, readlinkSync, linkSync, realpathSync (the JavaScript walk, and .native),
// lstat of links, link loops, and their errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-links-')));
const cwd = fs.realpathSync(process.cwd());
const clean = (text) => String(text).split(base).join('<tmp>').split(cwd).join('<cwd>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    const value = thunk();
    console.log(label, typeof value === 'string' ? clean(value) : JSON.stringify(value));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall, clean(e.path), clean(e.dest));
  }
}

fs.mkdirSync(file('dir/sub'), { recursive: true });
fs.writeFileSync(file('dir/sub/target.txt'), 'target');
show('symlink', () => fs.symlinkSync('dir/sub/target.txt', file('rel')));
show('symlink abs', () => fs.symlinkSync(file('dir'), file('abs')));
show('symlink dir type', () => fs.symlinkSync('dir', file('typed'), 'dir'));
show('symlink junction', () => fs.symlinkSync('dir', file('junction'), 'junction'));
show('symlink number type', () => fs.symlinkSync('dir', file('numbered'), 5));
show('symlink bad type', () => fs.symlinkSync('dir', file('bad'), 'folder'));
show('symlink exists', () => fs.symlinkSync('x', file('rel')));
show('symlink missing dir', () => fs.symlinkSync('x', file('nope/link')));
show('symlink bad target', () => fs.symlinkSync(undefined, file('x')));
show('readlink', () => fs.readlinkSync(file('rel')));
show('readlink abs', () => fs.readlinkSync(file('abs')));
show('readlink hex', () => fs.readlinkSync(file('typed'), 'hex'));
show('readlink not link', () => fs.readlinkSync(file('dir')));
show('readlink missing', () => fs.readlinkSync(file('nope')));
show('readlink no path', () => fs.readlinkSync());
show('read through link', () => fs.readFileSync(file('rel'), 'utf8'));
show('read through dir link', () => fs.readFileSync(file('abs/sub/target.txt'), 'utf8'));
show('readdir through link', () => fs.readdirSync(file('typed')));

show('realpath', () => fs.realpathSync(file('rel')));
show('realpath dir link', () => fs.realpathSync(file('abs/sub/../sub/target.txt')));
show('realpath plain', () => fs.realpathSync(file('dir/./sub//target.txt')));
show('realpath native', () => fs.realpathSync.native(file('abs/sub/target.txt')));
show('realpath relative', () => fs.realpathSync('.') === cwd);
show('realpath missing', () => fs.realpathSync(file('abs/nope/x')));
show('realpath native missing', () => fs.realpathSync.native(file('abs/nope/x')));
show('realpath relative missing', () => fs.realpathSync('no-such-entry/x'));
show('realpath number', () => fs.realpathSync(12345));
show('realpath hex', () => fs.realpathSync(base, 'hex') === Array.from(base, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
show('realpath dangling', () => { fs.symlinkSync('gone', file('dangling')); return fs.realpathSync(file('dangling')); });
show('loop', () => { fs.symlinkSync('loop2', file('loop1')); fs.symlinkSync('loop1', file('loop2')); return fs.realpathSync(file('loop1')); });
show('loop native', () => fs.realpathSync.native(file('loop1')));
show('loop stat', () => fs.statSync(file('loop1')));
show('loop read', () => fs.readFileSync(file('loop1'), 'utf8'));
show('chained', () => { fs.symlinkSync('rel', file('chain')); return fs.realpathSync(file('chain')); });

show('link', () => { fs.linkSync(file('dir/sub/target.txt'), file('hard')); return fs.statSync(file('hard')).nlink; });
show('link same inode', () => fs.statSync(file('hard')).ino === fs.statSync(file('dir/sub/target.txt')).ino);
show('link exists', () => fs.linkSync(file('hard'), file('rel')));
show('link missing', () => fs.linkSync(file('nope'), file('hard2')));
show('link dir', () => fs.linkSync(file('dir'), file('dirlink')));
show('unlink hard', () => { fs.unlinkSync(file('hard')); return fs.statSync(file('dir/sub/target.txt')).nlink; });

show('lstat link size', () => fs.lstatSync(file('abs')).size === file('dir').length);
show('rm link keeps target', () => { fs.rmSync(file('abs'), { recursive: true }); return fs.existsSync(file('dir/sub/target.txt')); });
show('exists dangling', () => fs.existsSync(file('dangling')));

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
