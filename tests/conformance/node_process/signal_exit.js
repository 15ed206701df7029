'use strict';
// How a process ends on a signal, seen from a parent (the child is this same program with
// KILN_SIGNAL_CASE set): without a listener the default action kills it (status null, the
// signal named); with a listener it lives on; after the last listener is removed the default
// action is back; exit code and stdout written before the signal are kept.
const { spawnSync } = require('child_process');

const scenario = process.env.KILN_SIGNAL_CASE;
if (scenario !== undefined) {
  runChild(scenario);
} else {
  for (const name of ['term', 'int', 'hup', 'handled', 'removed', 'removeAll', 'once', 'usr2']) {
    const result = spawnSync(process.execPath, [__filename], {
      env: { ...process.env, KILN_SIGNAL_CASE: name },
      encoding: 'utf8',
    });
    console.log(name, JSON.stringify(result.stdout), result.status, result.signal);
  }
}

function runChild(name) {
  process.stdout.write(`child ${name} starts\n`);
  switch (name) {
    case 'term':
      process.kill(process.pid, 'SIGTERM');
      break;
    case 'int':
      process.kill(process.pid, 'SIGINT');
      break;
    case 'hup':
      process.kill(process.pid, 'SIGHUP');
      break;
    case 'usr2':
      process.kill(process.pid, 'SIGUSR2');
      break;
    case 'handled':
      process.on('SIGTERM', () => {
        console.log('handled SIGTERM');
        process.exitCode = 7;
      });
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => console.log('still alive'), 20);
      return;
    case 'removed': {
      const listener = () => console.log('first SIGINT handled');
      process.on('SIGINT', listener);
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => {
        process.removeListener('SIGINT', listener);
        process.kill(process.pid, 'SIGINT');
        setTimeout(() => console.log('not reached'), 20);
      }, 20);
      return;
    }
    case 'removeAll':
      process.on('SIGHUP', () => console.log('never'));
      process.removeAllListeners();
      process.kill(process.pid, 'SIGHUP');
      break;
    case 'once':
      process.once('SIGTERM', () => {
        console.log('once SIGTERM');
        setTimeout(() => process.kill(process.pid, 'SIGTERM'), 10);
        setTimeout(() => console.log('not reached'), 100);
      });
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => {}, 1000);
      return;
  }
  console.log('not reached');
}
