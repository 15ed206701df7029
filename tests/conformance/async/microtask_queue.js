// queueMicrotask shares the job queue with promise reactions, in FIFO order; microtasks
// queued by microtasks run before any timer or immediate.
const log = (m) => console.log(m);
setTimeout(() => log('timeout'), 0);
queueMicrotask(() => log('micro 1'));
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => {
  log('micro 2');
  queueMicrotask(() => log('micro 2 nested'));
  Promise.resolve().then(() => log('promise from micro 2'));
});
Promise.resolve().then(() => {
  log('promise 2');
  queueMicrotask(() => log('micro from promise 2'));
});
queueMicrotask(function () { log(`this is ${this === undefined ? 'undefined' : this === globalThis ? 'globalThis' : typeof this}, ${arguments.length} args`); });
log('sync');
for (const bad of [undefined, 5, 'f', {}]) {
  try {
    queueMicrotask(bad);
  } catch (e) {
    log(`${e.name} ${e.code}: ${e.message}`);
  }
}
