// An exception thrown by a timer callback is fatal: exit listeners run, stdout written before
// stays, later timers never run, and the exit code is 1.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setTimeout(() => {
  console.log('first timer');
  Promise.resolve().then(() => console.log('microtask before the throw'));
}, 5);
setTimeout(() => {
  console.log('second timer throws');
  throw new Error('boom in a timer');
}, 10);
setTimeout(() => console.log('third timer must not run'), 10);
setTimeout(() => console.log('later timer must not run'), 50);
console.log('main done');
