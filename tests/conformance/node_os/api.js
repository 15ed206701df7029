// node:os: the exports, fixed values (EOL, devNull, platform, endianness, constants), the
// TMPDIR / TMP / TEMP rules of tmpdir(), HOME for homedir(), and the shape and consistency of
// the machine-dependent answers (printed as booleans and types only).
const os = require('os');

console.log(Object.keys(os).join(','));
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness());
console.log(`${os.platform}`, `${os.endianness}`, `${os.type}` === os.type());
console.log(Object.getOwnPropertyDescriptor(os, 'EOL').writable, Object.getOwnPropertyDescriptor(os, 'constants').configurable);
console.log(['x64', 'arm64', 'ia32', 'arm', 'riscv64', 's390x', 'ppc64'].includes(os.arch()), os.arch() === process.arch || process.arch === undefined);
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.release(), typeof os.version(), typeof os.machine());
console.log(os.release().length > 0, os.machine().length > 0);

const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length >= 1, cpus.every((cpu) => typeof cpu.model === 'string' && typeof cpu.speed === 'number'));
console.log(Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','), Object.values(cpus[0].times).every((t) => Number.isInteger(t) && t >= 0));
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), total > 0, free > 0, free <= total);
const load = os.loadavg();
console.log(load.length, load.every((value) => typeof value === 'number' && value >= 0));
console.log(typeof os.uptime(), os.uptime() > 0);

const user = os.userInfo();
console.log(Object.getPrototypeOf(user), Object.keys(user).join(','));
console.log(typeof user.uid, typeof user.gid, typeof user.username, typeof user.homedir, typeof user.shell);
console.log(os.userInfo({ encoding: 'hex' }).username === Array.from(user.username, (c) => c.charCodeAt(0).toString(16)).join(''));

const interfaces = os.networkInterfaces();
const entries = Object.values(interfaces).flat();
console.log(typeof interfaces, entries.every((entry) => ['IPv4', 'IPv6'].includes(entry.family) && typeof entry.internal === 'boolean'));
console.log(entries.every((entry) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(entry.mac)));
console.log(entries.every((entry) => entry.cidr === null || entry.cidr.startsWith(`${entry.address}/`)));
console.log(entries.every((entry) => (entry.family === 'IPv6') === ('scopeid' in entry)));

console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(0));
for (const thunk of [
  () => os.getPriority('x'),
  () => os.getPriority(1.5),
  () => os.setPriority(0, 20),
  () => os.setPriority(0, -21),
  () => os.setPriority('a', 0),
]) {
  try {
    thunk();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
try {
  os.getPriority(2 ** 30);
} catch (e) {
  console.log(e.name, e.code, e.message, e.info.code, e.info.syscall, e.errno, e.syscall, Object.keys(e).join(','));
}

const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP, HOME: process.env.HOME };
function setEnv(name, value) {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}
for (const [tmpdir, tmp, temp] of [
  ['/custom/tmp/', undefined, undefined],
  ['/custom//', undefined, undefined],
  ['/', undefined, undefined],
  [undefined, '/from/tmp', '/from/temp'],
  ['', '', '/from/temp/'],
  [undefined, undefined, undefined],
]) {
  setEnv('TMPDIR', tmpdir);
  setEnv('TMP', tmp);
  setEnv('TEMP', temp);
  console.log('tmpdir', JSON.stringify([tmpdir, tmp, temp]), os.tmpdir());
}
setEnv('HOME', '/some/home');
console.log('homedir', os.homedir(), `${os.homedir}`);
setEnv('HOME', '');
console.log('empty HOME', JSON.stringify(os.homedir()));
for (const [name, value] of Object.entries(saved)) {
  setEnv(name, value);
}

console.log(Object.getPrototypeOf(os.constants), Object.keys(os.constants).join(','));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EACCES);
console.log(os.constants.priority, os.constants.dlopen);
console.log(Object.keys(os.constants.signals).join(','));
console.log(Object.keys(os.constants.errno).length, Object.isFrozen(os.constants));
console.log(Object.getOwnPropertyDescriptor(os.constants.signals, 'SIGINT'));
