// The callback API: each operation calls back later (after the synchronous code, nextTick and
// promise jobs), with (err) or (null, result); errors go to the callback; argument errors
// throw synchronously. Steps run one after another so the order is deterministic.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cb-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
const describe = (value) => (value instanceof Error ? `${value.name} [${value.code}] ${clean(value.message)} ${value.errno} ${value.syscall}` : clean(JSON.stringify(value)));
function sync(label, thunk) {
  try {
    thunk();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, describe(e));
  }
}

const order = [];
fs.stat(__filename, (err, stats) => order.push(`stat ${err} ${stats.isFile()}`));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
order.push('sync');

const steps = [
  (next) => fs.writeFile(file('a.txt'), 'hello', function () { console.log('writeFile', arguments.length, arguments[0]); next(); }),
  (next) => fs.appendFile(file('a.txt'), ' world', (err) => { console.log('appendFile', err); next(); }),
  (next) => fs.readFile(file('a.txt'), 'utf8', (err, data) => { console.log('readFile', err, data); next(); }),
  (next) => fs.readFile(file('a.txt'), { encoding: 'hex', flag: 'r' }, (err, data) => { console.log('readFile hex', err, data); next(); }),
  (next) => fs.readFile(file('missing'), 'utf8', (err, data) => { console.log('readFile missing', describe(err), data); next(); }),
  (next) => fs.readFile(base, 'utf8', (err) => { console.log('readFile dir', describe(err)); next(); }),
  (next) => fs.access(file('a.txt'), function () { console.log('access', arguments.length, arguments[0]); next(); }),
  (next) => fs.access(file('missing'), fs.constants.R_OK, (err) => { console.log('access missing', describe(err)); next(); }),
  (next) => fs.exists(file('a.txt'), function (exists) { console.log('exists', arguments.length, exists); next(); }),
  (next) => fs.exists(file('missing'), (exists) => { console.log('exists missing', exists); next(); }),
  (next) => fs.stat(file('a.txt'), (err, stats) => { console.log('stat', err, stats instanceof fs.Stats, stats.size); next(); }),
  (next) => fs.lstat(file('missing'), (err, stats) => { console.log('lstat missing', describe(err), stats); next(); }),
  (next) => fs.mkdir(file('d/e/f'), { recursive: true }, (err, first) => { console.log('mkdir recursive', err, clean(first)); next(); }),
  (next) => fs.mkdir(file('d/e/f'), { recursive: true }, function () { console.log('mkdir existing', arguments.length, arguments[0]); next(); }),
  (next) => fs.mkdir(file('d'), function (err) { console.log('mkdir exists', describe(err), arguments.length); next(); }),
  (next) => fs.readdir(base, (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.readdir(base, { withFileTypes: true }, (err, entries) => { console.log('readdir types', err, entries.map((e) => `${e.name}:${e.isDirectory()}`)); next(); }),
  (next) => fs.readdir(base, { recursive: true }, (err, names) => { console.log('readdir recursive', err, names); next(); }),
  (next) => fs.readdir(file('a.txt'), (err) => { console.log('readdir file', describe(err)); next(); }),
  (next) => fs.rename(file('a.txt'), file('b.txt'), (err) => { console.log('rename', err); next(); }),
  (next) => fs.copyFile(file('b.txt'), file('c.txt'), (err) => { console.log('copyFile', err, fs.readFileSync(file('c.txt'), 'utf8')); next(); }),
  (next) => fs.copyFile(file('b.txt'), file('c.txt'), fs.constants.COPYFILE_EXCL, (err) => { console.log('copyFile excl', describe(err)); next(); }),
  (next) => fs.symlink('b.txt', file('link'), (err) => { console.log('symlink', err); next(); }),
  (next) => fs.readlink(file('link'), (err, target) => { console.log('readlink', err, target); next(); }),
  (next) => fs.realpath(file('link'), (err, real) => { console.log('realpath', err, path.basename(real)); next(); }),
  (next) => fs.realpath.native(file('link'), (err, real) => { console.log('realpath native', err, path.basename(real)); next(); }),
  (next) => fs.realpath(file('nope/x'), (err) => { console.log('realpath missing', describe(err)); next(); }),
  (next) => fs.link(file('b.txt'), file('hard'), (err) => { console.log('link', err, fs.statSync(file('hard')).nlink); next(); }),
  (next) => fs.chmod(file('b.txt'), 0o604, (err) => { console.log('chmod', err, (fs.statSync(file('b.txt')).mode & 0o777).toString(8)); next(); }),
  (next) => fs.utimes(file('b.txt'), 10, 20, (err) => { console.log('utimes', err, fs.statSync(file('b.txt')).mtimeMs); next(); }),
  (next) => fs.truncate(file('b.txt'), 2, (err) => { console.log('truncate', err, fs.readFileSync(file('b.txt'), 'utf8')); next(); }),
  (next) => fs.open(file('b.txt'), 'r+', (err, fd) => {
    console.log('open', err, typeof fd);
    fs.write(fd, 'XY', 0, 'utf8', (werr, written, string) => {
      console.log('write', werr, written, string);
      fs.fstat(fd, (serr, stats) => {
        console.log('fstat', serr, stats.size);
        fs.ftruncate(fd, 1, (terr) => {
          console.log('ftruncate', terr);
          fs.fsync(fd, (yerr) => {
            console.log('fsync', yerr);
            fs.close(fd, (cerr) => {
              console.log('close', cerr);
              fs.close(fd, (again) => { console.log('close again', describe(again)); next(); });
            });
          });
        });
      });
    });
  }),
  (next) => fs.unlink(file('hard'), (err) => { console.log('unlink', err); next(); }),
  (next) => fs.unlink(file('hard'), (err) => { console.log('unlink missing', describe(err)); next(); }),
  (next) => fs.rmdir(file('d'), (err) => { console.log('rmdir not empty', describe(err)); next(); }),
  (next) => fs.rm(file('d'), (err) => { console.log('rm dir', describe(err)); next(); }),
  (next) => fs.rm(file('d'), { recursive: true }, (err) => { console.log('rm recursive', err, fs.existsSync(file('d'))); next(); }),
  (next) => fs.rm(file('d'), { force: true }, (err) => { console.log('rm force', err); next(); }),
  (next) => fs.mkdtemp(file('t-'), (err, dir) => { console.log('mkdtemp', err, path.basename(dir).length); next(); }),
  (next) => fs.cp(file('b.txt'), file('cp/b.txt'), (err) => { console.log('cp', err, fs.readFileSync(file('cp/b.txt'), 'utf8')); next(); }),
  (next) => fs.cp(file('cp'), file('cp2'), (err) => { console.log('cp dir', describe(err)); next(); }),
  (next) => fs.statfs(base, (err, stats) => { console.log('statfs', err, stats.constructor.name); next(); }),
  (next) => next(),
];

sync('readFile no callback', () => fs.readFile(file('a.txt'), 'utf8'));
sync('stat no callback', () => fs.stat(file('a.txt')));
sync('access bad path', () => fs.access(undefined, () => {}));
sync('mkdir bad callback', () => fs.mkdir(file('x'), {}, 5));
sync('open bad flags', () => fs.open(file('x'), 'nope', () => {}));
sync('write bad fd', () => fs.write('1', 'x', () => {}));
sync('readdir bad options', () => fs.readdir(base, 7, () => {}));

let index = 0;
function next() {
  if (index === 1) {
    console.log('first callback came after', order.join(', '));
  }
  if (index === steps.length - 1) {
    fs.rmSync(base, { recursive: true });
    console.log('done', fs.existsSync(base));
    return;
  }
  steps[index++](next);
}
setTimeout(next, 0);
