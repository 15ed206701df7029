'use strict';
// Simple process fields: pid/ppid, arch, release, features, umask (with its argument checks),
// the user and group ids, and process.emitWarning with node's signatures (seen through the
// 'warning' event; the stderr line is not compared).
const os = require('os');

function describe(e) {
  return `${e.name}: ${e.message} [${e.code}]`;
}

console.log(typeof process.pid, Number.isInteger(process.pid) && process.pid > 0, Number.isInteger(process.ppid), process.pid !== process.ppid);
console.log(process.arch === os.arch(), typeof process.arch);
console.log(process.release.name, process.release.lts, process.release.sourceUrl.endsWith(`${process.version}.tar.gz`), process.release.headersUrl.includes(process.version));
console.log(typeof process.features, typeof process.features.inspector, typeof process.features.tls, process.features.debug);
for (const key of ['arch', 'release', 'features', 'pid']) {
  const d = Object.getOwnPropertyDescriptor(process, key);
  console.log(key, d.enumerable, d.writable, d.configurable);
}

const original = process.umask();
console.log(typeof original, process.umask(0o027) === original, process.umask(), process.umask('022'), process.umask(), process.umask(undefined));
for (const bad of ['abc', '0o22', '', '8', 18.5, -1, 2 ** 32, {}, null, true]) {
  try {
    process.umask(bad);
    console.log('accepted', bad);
  } catch (e) {
    console.log(describe(e));
  }
}
process.umask(original);

const user = os.userInfo();
console.log(process.getuid() === user.uid, process.getgid() === user.gid, typeof process.geteuid(), typeof process.getegid());
console.log(process.geteuid() === process.getuid(), process.getegid() === process.getgid());

process.on('warning', (warning) => {
  console.log('warning event', warning.name, warning.message, warning.code, warning.detail, warning instanceof Error);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptionWarning', code: 'OPT', detail: 'some detail' });
const error = new Error('an error object');
error.name = 'ErrorWarning';
process.emitWarning(error);
for (const bad of [42, [undefined, 5], [undefined, 'Type', 5]]) {
  try {
    if (Array.isArray(bad)) {
      process.emitWarning('x', ...bad.slice(1));
    } else {
      process.emitWarning(bad);
    }
  } catch (e) {
    console.log(describe(e));
  }
}
console.log('sync part done');
