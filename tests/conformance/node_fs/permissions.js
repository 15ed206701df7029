// Permissions: accessSync / existsSync modes, EACCES from access(X_OK) on a file nobody may
// execute (even root), and chmod 000 files and directories (EACCES, except for root, which
// the case detects and reports the same way).
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-perm-'));
const clean = (text) => String(text).split(base).join('<tmp>');
const file = (name) => path.join(base, name);
const isRoot = os.userInfo().uid === 0;
function show(label, thunk) {
  try {
    console.log(label, JSON.stringify(thunk()));
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${clean(e.message)}`, e.errno, e.syscall, clean(e.path));
  }
}
// The outcome of a check that only non-root users see fail with EACCES.
function deniedUnlessRoot(label, thunk) {
  let code = 'ok';
  try {
    thunk();
  } catch (e) {
    code = e.code;
  }
  console.log(label, code === (isRoot ? 'ok' : 'EACCES'));
}

fs.writeFileSync(file('plain'), 'data');
fs.chmodSync(file('plain'), 0o644);
console.log('constants', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.F_OK === fs.F_OK);
show('access default', () => fs.accessSync(file('plain')));
show('access R_OK|W_OK', () => fs.accessSync(file('plain'), fs.constants.R_OK | fs.constants.W_OK));
show('access X_OK', () => fs.accessSync(file('plain'), fs.constants.X_OK));
show('access missing', () => fs.accessSync(file('missing'), fs.constants.F_OK));
show('access bad mode', () => fs.accessSync(file('plain'), 8));
show('access string mode', () => fs.accessSync(file('plain'), 'r'));
show('access fractional mode', () => fs.accessSync(file('plain'), 1.5));
fs.chmodSync(file('plain'), 0o755);
show('access X_OK after chmod', () => fs.accessSync(file('plain'), fs.constants.X_OK));
show('exists', () => [fs.existsSync(file('plain')), fs.existsSync(file('missing')), fs.existsSync(), fs.existsSync(42), fs.existsSync('a\u0000b')]);

fs.chmodSync(file('plain'), 0o000);
show('mode 000', () => (fs.statSync(file('plain')).mode & 0o777).toString(8));
deniedUnlessRoot('read 000', () => fs.readFileSync(file('plain'), 'utf8'));
deniedUnlessRoot('write 000', () => fs.writeFileSync(file('plain'), 'x'));
deniedUnlessRoot('access R_OK 000', () => fs.accessSync(file('plain'), fs.constants.R_OK));
show('access X_OK 000', () => fs.accessSync(file('plain'), fs.constants.X_OK));
show('stat 000', () => fs.statSync(file('plain')).isFile());

fs.mkdirSync(file('locked'));
fs.writeFileSync(file('locked/inner'), 'x');
fs.chmodSync(file('locked'), 0o000);
deniedUnlessRoot('readdir 000', () => fs.readdirSync(file('locked')));
deniedUnlessRoot('stat inside 000', () => fs.statSync(file('locked/inner')));
deniedUnlessRoot('create inside 000', () => fs.writeFileSync(file('locked/new'), 'x'));
fs.chmodSync(file('locked'), 0o755);
show('readdir after chmod', () => fs.readdirSync(file('locked')).includes('inner'));

fs.chmodSync(file('plain'), 0o644);
fs.rmSync(base, { recursive: true });
console.log('cleaned', fs.existsSync(base));
