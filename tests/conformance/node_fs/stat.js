// fs.statSync / lstatSync / fstatSync and fs.Stats: type checks, sizes, modes after chmod,
// times after utimes, throwIfNoEntry, and the shape of Stats objects.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stat-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
function show(label, thunk) {
  try {
    console.log(label, thunk());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall);
  }
}
function kinds(stats) {
  return ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']
    .filter((name) => stats[name]()).join(',');
}

fs.writeFileSync(file('f.txt'), '12345');
fs.mkdirSync(file('d'));
fs.symlinkSync('f.txt', file('link'));
fs.symlinkSync('missing', file('dangling'));

const stats = fs.statSync(file('f.txt'));
console.log(stats instanceof fs.Stats, stats.constructor.name, Object.keys(stats).join(','));
console.log(typeof stats.dev, typeof stats.ino, typeof stats.nlink, typeof stats.blksize, typeof stats.blocks);
console.log(stats.size, kinds(stats), stats.nlink, stats.atime instanceof Date, stats.mtime instanceof Date);
console.log(stats.mtime.getTime() === Math.round(stats.mtimeMs), stats.ctimeMs >= stats.birthtimeMs || stats.birthtimeMs === 0);
show('dir', () => kinds(fs.statSync(file('d'))));
show('link stat', () => kinds(fs.statSync(file('link'))));
show('link lstat', () => kinds(fs.lstatSync(file('link'))));
show('link lstat size', () => fs.lstatSync(file('link')).size);
show('dangling lstat', () => kinds(fs.lstatSync(file('dangling'))));
show('dangling stat', () => fs.statSync(file('dangling')));
show('char device', () => kinds(fs.statSync('/dev/null')));

fs.chmodSync(file('f.txt'), 0o640);
show('mode', () => (fs.statSync(file('f.txt')).mode & 0o7777).toString(8));
show('type bits', () => (fs.statSync(file('f.txt')).mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
fs.chmodSync(file('f.txt'), '755');
show('octal string mode', () => (fs.statSync(file('f.txt')).mode & 0o7777).toString(8));

fs.utimesSync(file('f.txt'), 1000, 1500.25);
const timed = fs.statSync(file('f.txt'));
console.log('times', timed.atimeMs, timed.mtimeMs, timed.atime.toISOString(), timed.mtime.toISOString());
fs.utimesSync(file('f.txt'), new Date(Date.UTC(2001, 2, 3, 4, 5, 6, 789)), '86400');
const dated = fs.statSync(file('f.txt'));
console.log('dates', dated.atimeMs, dated.mtimeMs, dated.atime.toISOString(), dated.mtime.toISOString());
fs.utimesSync(file('f.txt'), 1.0005, 2.9999999);
const fine = fs.statSync(file('f.txt'));
console.log('fractions', fine.atimeMs, fine.mtimeMs, fine.atime.getTime(), fine.mtime.getTime());
fs.lutimesSync(file('link'), 5, 6);
console.log('lutimes', fs.lstatSync(file('link')).mtimeMs, fs.statSync(file('link')).mtimeMs);

const fd = fs.openSync(file('f.txt'), 'r');
const byFd = fs.fstatSync(fd);
console.log('fstat', byFd.size, byFd.mtimeMs, byFd.ino === fine.ino, byFd.dev === fine.dev);
fs.futimesSync(fd, 7, 8);
console.log('futimes', fs.fstatSync(fd).mtimeMs);
fs.closeSync(fd);

show('missing', () => fs.statSync(file('nope')));
show('missing lstat', () => fs.lstatSync(file('nope')));
show('throwIfNoEntry', () => fs.statSync(file('nope'), { throwIfNoEntry: false }));
show('throwIfNoEntry lstat', () => fs.lstatSync(file('nope'), { throwIfNoEntry: false }));
show('throwIfNoEntry enotdir', () => fs.statSync(file('f.txt/x'), { throwIfNoEntry: false }));
show('throwIfNoEntry truthy', () => fs.statSync(file('nope'), { throwIfNoEntry: 0 }));
show('enotdir', () => fs.statSync(file('f.txt/x')));
show('bad fd', () => fs.fstatSync(12345));
show('fd type', () => fs.fstatSync('1'));
show('no path', () => fs.statSync());
show('utimes bad time', () => fs.utimesSync(file('f.txt'), 'soon', 1));
show('utimes NaN', () => fs.utimesSync(file('f.txt'), 1, NaN));
show('utimes missing', () => fs.utimesSync(file('nope'), 1, 1));
show('chmod missing', () => fs.chmodSync(file('nope'), 0o600));
show('chmod bad mode', () => fs.chmodSync(file('f.txt'), 'rwx'));
show('chmod negative', () => fs.chmodSync(file('f.txt'), -1));
show('chmod fraction', () => fs.chmodSync(file('f.txt'), 1.5));
show('chmod huge', () => fs.chmodSync(file('f.txt'), 2 ** 33));
show('chmod undefined', () => fs.chmodSync(file('f.txt')));

const made = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 7, 10, 8, 0, 1000, 2000.5, 3000);
console.log('constructed', made.isFile(), made.isDirectory(), made.size, made.mtime.toISOString(), made.ctime.getTime());
const empty = new fs.Stats();
console.log('empty', Object.keys(empty).length, String(empty.atime), empty.isFile());
console.log(typeof fs.Stats.prototype.isFile, fs.Stats.length, Object.getOwnPropertyNames(fs.Stats.prototype).sort().join(','));

const statfs = fs.statfsSync(base);
console.log('statfs', statfs.constructor.name, Object.keys(statfs).join(','), statfs.bsize > 0, statfs.blocks >= statfs.bfree);

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
