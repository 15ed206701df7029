// fs/promises (and fs.promises): async operations, FileHandle, and rejections — argument
// errors reject instead of throwing.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-promises-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
const describe = (value) => (value instanceof Error ? `${value.name} [${value.code}] ${clean(value.message)} ${value.errno} ${value.syscall}` : clean(JSON.stringify(value)));

async function step(label, thunk) {
  try {
    console.log(label, describe(await thunk()));
  } catch (e) {
    console.log(label, 'rejected', describe(e));
  }
}

async function main() {
  console.log('same object', fsp === fs.promises, require('node:fs/promises') === fsp);
  console.log('keys', Object.keys(fsp).join(','));
  const pending = fsp.readFile(file('missing'));
  console.log('returns a promise', pending instanceof Promise);
  await pending.catch(() => {});
  const invalid = fsp.readFile(undefined);
  console.log('argument errors reject', invalid instanceof Promise);
  await step('invalid', () => invalid);

  await step('writeFile', () => fsp.writeFile(file('a.txt'), 'hello'));
  await step('appendFile', () => fsp.appendFile(file('a.txt'), ' world'));
  await step('readFile', () => fsp.readFile(file('a.txt'), 'utf8'));
  await step('readFile base64', () => fsp.readFile(file('a.txt'), { encoding: 'base64' }));
  await step('readFile missing', () => fsp.readFile(file('missing'), 'utf8'));
  await step('writeFile iterable', async () => { await fsp.writeFile(file('it.txt'), ['a', 'b', 'c']); return fs.readFileSync(file('it.txt'), 'utf8'); });
  await step('writeFile bad data', () => fsp.writeFile(file('x'), 42));
  await step('access', () => fsp.access(file('a.txt')));
  await step('access missing', () => fsp.access(file('missing')));
  await step('access bad mode', () => fsp.access(file('a.txt'), 99));
  await step('stat', async () => { const s = await fsp.stat(file('a.txt')); return [s instanceof fs.Stats, s.size, s.isFile()]; });
  await step('lstat missing', () => fsp.lstat(file('missing')));
  await step('mkdir', () => fsp.mkdir(file('d/e'), { recursive: true }));
  await step('mkdir exists', () => fsp.mkdir(file('d')));
  await step('mkdir bad', () => fsp.mkdir(file('q'), { recursive: 'no' }));
  await step('readdir', () => fsp.readdir(base));
  await step('readdir types', async () => (await fsp.readdir(base, { withFileTypes: true })).map((d) => `${d.name}:${d.isFile()}`));
  await step('readdir recursive', () => fsp.readdir(base, { recursive: true }));
  await step('rename', () => fsp.rename(file('it.txt'), file('d/it.txt')));
  await step('copyFile', () => fsp.copyFile(file('a.txt'), file('copy.txt')));
  await step('copyFile excl', () => fsp.copyFile(file('a.txt'), file('copy.txt'), fs.constants.COPYFILE_EXCL));
  await step('symlink', () => fsp.symlink('a.txt', file('link')));
  await step('symlink bad type', () => fsp.symlink('a.txt', file('link2'), 'nope'));
  await step('readlink', () => fsp.readlink(file('link')));
  await step('realpath', async () => path.basename(await fsp.realpath(file('link'))));
  await step('realpath missing', () => fsp.realpath(file('missing')));
  await step('link', () => fsp.link(file('a.txt'), file('hard')));
  await step('unlink', () => fsp.unlink(file('hard')));
  await step('chmod', async () => { await fsp.chmod(file('a.txt'), 0o600); return (fs.statSync(file('a.txt')).mode & 0o777).toString(8); });
  await step('lchmod', () => fsp.lchmod(file('a.txt'), 0o600));
  await step('utimes', async () => { await fsp.utimes(file('a.txt'), 1, 2); return fs.statSync(file('a.txt')).mtimeMs; });
  await step('truncate', async () => { await fsp.truncate(file('copy.txt'), 4); return fs.readFileSync(file('copy.txt'), 'utf8'); });
  await step('mkdtemp', async () => path.basename(await fsp.mkdtemp(file('tmp-'))).length);
  await step('rm dir', () => fsp.rm(file('d')));
  await step('rm recursive', () => fsp.rm(file('d'), { recursive: true }));
  await step('rm missing', () => fsp.rm(file('missing')));
  await step('rm force', () => fsp.rm(file('missing'), { force: true }));
  await step('rmdir missing', () => fsp.rmdir(file('missing')));
  await step('cp', async () => { await fsp.cp(file('a.txt'), file('cp/a.txt')); return fs.readFileSync(file('cp/a.txt'), 'utf8'); });
  await step('cp dir', () => fsp.cp(file('cp'), file('cp2')));
  await step('cp recursive', async () => { await fsp.cp(file('cp'), file('cp2'), { recursive: true }); return fs.readdirSync(file('cp2')); });
  await step('statfs', async () => (await fsp.statfs(base)).constructor.name);

  const handle = await fsp.open(file('h.txt'), 'w+');
  console.log('handle', handle.constructor.name, typeof handle.fd);
  await step('handle write', async () => { const r = await handle.write('abcdef'); return [r.bytesWritten, r.buffer]; });
  await step('handle write at', async () => (await handle.write('XY', 1)).bytesWritten);
  await step('handle writeFile', () => handle.writeFile('-more'));
  await step('handle appendFile', () => handle.appendFile('-end'));
  await step('handle stat', async () => (await handle.stat()).size);
  await step('handle readFile', () => handle.readFile('utf8'));
  await step('handle truncate', async () => { await handle.truncate(3); return fs.readFileSync(file('h.txt'), 'utf8'); });
  await step('handle sync', () => handle.sync());
  await step('handle datasync', () => handle.datasync());
  await step('handle chmod', async () => { await handle.chmod(0o640); return (fs.statSync(file('h.txt')).mode & 0o777).toString(8); });
  await step('handle utimes', async () => { await handle.utimes(3, 4); return fs.statSync(file('h.txt')).mtimeMs; });
  await step('readFile handle', () => fsp.readFile(handle, 'utf8'));
  await step('handle close', () => handle.close());
  console.log('closed fd', handle.fd);
  await step('handle close again', () => handle.close());
  await step('handle stat closed', () => handle.stat());
  await step('handle readFile closed', () => handle.readFile('utf8'));
  await step('open missing', () => fsp.open(file('missing')));
  await step('open bad flags', () => fsp.open(file('a.txt'), 'bad'));

  fs.rmSync(base, { recursive: true });
  console.log('cleaned', fs.existsSync(base));
}

main();
