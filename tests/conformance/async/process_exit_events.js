// beforeExit fires when the loop runs dry (and again if a listener scheduled more work), then
// exit with process.exitCode, which exit listeners may still change.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
    Promise.resolve().then(() => console.log('microtask from beforeExit'));
    process.nextTick(() => console.log('tick from beforeExit'));
  }
});
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
  setTimeout(() => console.log('timers never run after exit'), 0);
  process.nextTick(() => console.log('ticks never run after exit'));
});
process.once('exit', () => console.log('once exit listener'));
process.exitCode = 3;
console.log('main', process.listenerCount('exit'), process.listenerCount('beforeExit'));
