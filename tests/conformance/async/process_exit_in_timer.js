// process.exit() from a timer ends the process at once: exit listeners run with the code,
// nothing queued afterwards runs.
process.on('exit', (code) => console.log('exit listener', code));
process.on('beforeExit', () => console.log('beforeExit must not run'));
setTimeout(() => {
  console.log('exiting with 4');
  process.nextTick(() => console.log('tick must not run'));
  Promise.resolve().then(() => console.log('microtask must not run'));
  process.exit(4);
  console.log('after exit must not run');
}, 5);
setTimeout(() => console.log('timer must not run'), 20);
setImmediate(() => console.log('immediate runs first'));
