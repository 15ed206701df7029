// Immediates run in order; ones set while the check phase runs wait for the next iteration;
// ticks and microtasks run between immediates; from a timer callback an immediate runs before
// a zero timeout.
const log = (m) => console.log(m);
setImmediate(() => {
  log('immediate 1');
  setImmediate(() => log('immediate set by 1'));
  process.nextTick(() => log('tick after immediate 1'));
  Promise.resolve().then(() => log('promise after immediate 1'));
});
setImmediate(() => log('immediate 2'));
setImmediate(() => log('immediate 3'));
setTimeout(() => {
  log('timeout');
  setTimeout(() => log('zero timeout from timeout'), 0);
  setImmediate(() => log('immediate from timeout'));
  process.nextTick(() => log('tick from timeout'));
}, 20);
