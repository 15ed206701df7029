'use strict';
// util.promisify of node's functions that define util.promisify.custom: child_process.exec
// and execFile ({ stdout, stderr }; the error carries both; the promise has `child`),
// fs.exists (a boolean), setTimeout and setImmediate (timers/promises).
const util = require('util');
const childProcess = require('child_process');
const fs = require('fs');

(async () => {
  const exec = util.promisify(childProcess.exec);
  console.log(exec === childProcess.exec[util.promisify.custom], exec === util.promisify(childProcess.exec));
  const running = exec('echo out; echo err 1>&2');
  console.log(typeof running.child.pid, running.child.constructor.name);
  console.log(await running);
  console.log(await util.promisify(childProcess.execFile)('sh', ['-c', 'printf file']));
  try {
    await exec('echo partial; exit 4');
  } catch (error) {
    console.log(error.code, error.killed, error.signal, JSON.stringify(error.stdout), JSON.stringify(error.stderr));
    console.log(Object.keys(error));
  }
  const exists = util.promisify(fs.exists);
  console.log(await exists(__filename), await exists(__filename + '.missing'), exists.name);
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(5, 'slept'), await util.promisify(setImmediate)('immediate'));
  console.log(typeof setTimeout[util.promisify.custom], sleep === require('timers/promises').setTimeout);
  const described = Object.getOwnPropertyDescriptor(setTimeout, util.promisify.custom);
  console.log(typeof described.get, described.enumerable, described.configurable);
  const readFile = util.promisify(fs.readFile);
  console.log(readFile === util.promisify(fs.readFile), (await readFile(__filename, 'utf8')).split('\n')[0]);
})();
