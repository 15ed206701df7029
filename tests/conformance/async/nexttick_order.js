// process.nextTick callbacks run before promise jobs; ticks queued by a microtask wait until
// the microtask queue is empty; the queues alternate until both are empty.
const log = (m) => console.log(m);
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
  Promise.resolve().then(() => log('promise from promise 1'));
});
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick from tick 1'));
  Promise.resolve().then(() => log('promise from tick 1'));
});
process.nextTick((a, b, c) => log(`tick 2 args ${a} ${b} ${c}`), 'x', 'y', 'z');
queueMicrotask(() => log('micro'));
setImmediate(() => {
  log('immediate');
  process.nextTick(() => log('tick from immediate'));
  Promise.resolve().then(() => log('promise from immediate'));
});
setImmediate(() => log('immediate 2'));
log('sync');
for (const bad of [null, 1, 'cb', [], Symbol('s')]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    log(`${e.name} ${e.code}: ${e.message}`);
  }
}
try {
  process.nextTick(Object.create(null));
} catch (e) {
  log(String(e));
}
