'use strict';
// Signal listeners on process: a program sends itself signals with process.kill and handles
// them in the loop (poll phase) with (name, number) and `this` === process; once(), several
// listeners, removal and re-adding; a listener alone does not keep the process alive (node's
// signal handles are unref'ed); process.kill's argument checks and errors.
function describe(e) {
  return `${e.name}: ${e.message} code=${e.code} errno=${e.errno} syscall=${e.syscall}`;
}

const seen = [];
function onUsr2(name, number) {
  seen.push(`usr2 ${name} ${number} ${this === process}`);
}
process.on('SIGUSR2', onUsr2);
process.once('SIGHUP', (name, number) => seen.push(`hup once ${name} ${number}`));
process.on('SIGINT', (name) => seen.push(`int first ${name}`));
process.prependListener('SIGINT', (name) => seen.push(`int prepended ${name}`));

console.log('kill returns', process.kill(process.pid, 'SIGUSR2'));
// Delivery happens in the loop, not inside kill().
console.log('seen right after kill', seen.length);

const steps = [
  () => process.kill(process.pid, 'SIGHUP'),
  () => process.kill(process.pid, 'SIGINT'),
  () => process.kill(process.pid, 12),
  () => {
    // The once listener is gone; a new SIGHUP listener sees the next one.
    console.log('SIGHUP listeners', process.listenerCount('SIGHUP'));
    process.on('SIGHUP', function again(name) {
      seen.push(`hup again ${name}`);
      process.removeListener('SIGHUP', again);
    });
    process.kill(process.pid, 'SIGHUP');
  },
  () => {
    process.removeListener('SIGUSR2', onUsr2);
    process.on('SIGUSR2', () => seen.push('usr2 re-added'));
    process.kill(process.pid, 'SIGUSR2');
  },
  () => {
    process.removeAllListeners('SIGINT');
    process.on('SIGINT', () => seen.push('int after removeAll'));
    process.kill(process.pid);  // SIGTERM by default: give it a listener first
  },
];
process.on('SIGTERM', (name, number) => seen.push(`term default ${name} ${number}`));

let step = 0;
const timer = setInterval(() => {
  console.log(seen.splice(0).join(' | ') || '(nothing)');
  if (step < steps.length) {
    steps[step++]();
  } else {
    clearInterval(timer);
    errors();
  }
}, 30);

function errors() {
  for (const args of [['abc'], [1.5], [null], [{}], [process.pid, 'SIGFOO'], [process.pid, 1.5], [process.pid, -1], [process.pid, 1000], [2 ** 30, 'SIGTERM'], [2 ** 30, 0]]) {
    try {
      console.log('kill', JSON.stringify(args.map((a) => (a === process.pid ? 'self' : a))), process.kill(...args));
    } catch (e) {
      console.log('kill', JSON.stringify(args.map((a) => (a === process.pid ? 'self' : a))), describe(e));
    }
  }
  console.log('kill self 0', process.kill(process.pid, 0), process.kill(String(process.pid), 0));
  for (const signal of ['SIGKILL', 'SIGSTOP']) {
    try {
      process.on(signal, () => {});
      console.log(signal, 'listening');
    } catch (e) {
      console.log(signal, describe(e), process.listenerCount(signal));
    }
  }
  // Listeners remain, but they do not keep the process alive.
  process.on('SIGWINCH', () => {});
  console.log('end of program', process.listenerCount('SIGUSR2'), process.listenerCount('SIGTERM'));
}
