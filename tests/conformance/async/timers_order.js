// Timers fire by due time; equal timeouts fire in the order they were set; from inside a timer
// callback an immediate runs before a new zero timeout; ticks and microtasks run between
// timer callbacks.
const log = (m) => console.log(m);
setTimeout(() => log('250'), 250);
setTimeout(() => log('120 a'), 120);
setTimeout(() => {
  log('120 b');
  process.nextTick(() => log('tick after 120 b'));
  Promise.resolve().then(() => log('promise after 120 b'));
}, 120);
setTimeout(() => log('120 c'), 120);
setTimeout(() => {
  log('5');
  setTimeout(() => log('zero timeout from timer'), 0);
  setImmediate(() => log('immediate from timer'));
}, 5);
setTimeout(() => log('1 (from 0)'), 0);
setTimeout(() => log('1 (from -5)'), -5);
setTimeout(() => log('1 (from NaN)'), NaN);
setTimeout(() => log('1 (from "abc")'), 'abc');
setTimeout(() => log('1 (from 1)'), 1);
setTimeout(() => log('60 (from "60")'), '60');
setTimeout(() => log('60 (from object)'), { valueOf() { return 60; } });
log('sync');
