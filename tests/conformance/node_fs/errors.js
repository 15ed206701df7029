// The errors fs throws: the shape of system errors (uvException: message, errno, code,
// syscall, path, dest, own keys, toString, stack header) and node's argument errors for a
// table of bad calls to the sync and callback APIs.
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-errors-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);

try {
  fs.renameSync(file('a'), file('b'));
} catch (e) {
  console.log(e instanceof Error, e.name, Object.keys(e).join(','), Object.getPrototypeOf(e) === Error.prototype);
  console.log(clean(e.message));
  console.log(clean(e.toString()));
  console.log(clean(e.stack.split('\n')[0]));
  console.log(e.errno, e.code, e.syscall, clean(e.path), clean(e.dest));
  console.log(JSON.stringify(Object.getOwnPropertyDescriptor(e, 'code')));
}
try {
  fs.closeSync(99999);
} catch (e) {
  console.log(Object.keys(e).join(','), e.message, 'path' in e);
}
try {
  fs.readFileSync(undefined);
} catch (e) {
  console.log(e.name, e.code, Object.keys(e).join(','), e instanceof TypeError);
  console.log(e.toString());
  console.log(e.stack.split('\n')[0]);
}

const noop = () => {};
const cases = [
  ['accessSync number', () => fs.accessSync(1)],
  ['existsSync', () => fs.existsSync({})],
  ['openSync', () => fs.openSync(null)],
  ['openSync flags', () => fs.openSync(file('x'), true)],
  ['readdirSync', () => fs.readdirSync([])],
  ['mkdirSync', () => fs.mkdirSync(Symbol('s'))],
  ['rmSync', () => fs.rmSync(false)],
  ['rmdirSync', () => fs.rmdirSync(null)],
  ['unlinkSync', () => fs.unlinkSync(undefined)],
  ['renameSync', () => fs.renameSync(undefined, 'b')],
  ['linkSync', () => fs.linkSync('a')],
  ['symlinkSync', () => fs.symlinkSync('a')],
  ['truncateSync', () => fs.truncateSync(file('x'), {})],
  ['chownSync uid', () => fs.chownSync(file('x'), 'root', 0)],
  ['chownSync range', () => fs.chownSync(file('x'), -2, 0)],
  ['fchownSync', () => fs.fchownSync(1, 0, 2 ** 32)],
  ['utimesSync', () => fs.utimesSync(file('x'), {}, 0)],
  ['futimesSync', () => fs.futimesSync(0, 1, 'never')],
  ['writeFileSync path', () => fs.writeFileSync(true, 'x')],
  ['appendFileSync data', () => fs.appendFileSync(file('x'), undefined)],
  ['readFileSync long', () => fs.readFileSync('x'.repeat(40) + '\u0000')],
  ['readFileSync url', () => fs.readFileSync({ href: 'http://x', protocol: 'http:' })],
  ['readFileSync file url host', () => fs.readFileSync({ href: 'file://host/x', protocol: 'file:', hostname: 'host', pathname: '/x' })],
  ['readFileSync file url slash', () => fs.readFileSync({ href: 'file:///a%2Fb', protocol: 'file:', hostname: '', pathname: '/a%2Fb' })],
  ['readFileSync file url', () => fs.readFileSync({ href: `file://${file('x')}`, protocol: 'file:', hostname: '', pathname: file('x').split('/').map(encodeURIComponent).join('/') }, 'utf8')],
  ['stat no cb', () => fs.stat(file('x'))],
  ['readFile bad cb', () => fs.readFile(file('x'), 'utf8', 'cb')],
  ['writeFile no cb', () => fs.writeFile(file('x'), 'data')],
  ['mkdir no cb', () => fs.mkdir(file('x'))],
  ['readdir bad path', () => fs.readdir(1, noop)],
  ['open bad mode', () => fs.open(file('x'), 'r', 'q', noop)],
  ['close bad fd', () => fs.close(-1, noop)],
  ['chmod bad mode', () => fs.chmod(file('x'), 'abc', noop)],
  ['copyFile bad mode', () => fs.copyFile(file('a'), file('b'), -1, noop)],
  ['rm bad options', () => fs.rm(file('x'), { force: 'yes' }, noop)],
  ['cp bad filter', () => fs.cp(file('a'), file('b'), { filter: 1 }, noop)],
  ['ftruncate bad len', () => fs.ftruncate(0, 1.5, noop)],
  ['exists no cb', () => fs.exists(file('x'))],
];
for (const [label, thunk] of cases) {
  try {
    const value = thunk();
    console.log(label, 'returned', clean(JSON.stringify(value)));
  } catch (e) {
    const code = e.code === undefined ? '' : ` [${e.code}]`;
    console.log(label, `${e.name}${code}: ${clean(e.message)}`);
  }
}

fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
