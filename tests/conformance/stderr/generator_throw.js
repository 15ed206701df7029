// generator.throw(): node points at the yield the generator was suspended at.
function* worker() {
  while (true) {
    const job = yield;
    console.log('job', job);
  }
}
const w = worker();
w.next();
w.next('a');
w.throw(new Error('stop the worker'));
