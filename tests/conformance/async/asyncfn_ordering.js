// The order of await continuations and then callbacks, tick by tick, as node runs them.
const log = [];
function tick(label) {
  log.push(label);
}
async function awaitsValue() {
  tick("A0");
  await 1;
  tick("A1");
  await 2;
  tick("A2");
}
async function awaitsPromise() {
  tick("B0");
  await Promise.resolve();
  tick("B1");
}
async function awaitsThenable() {
  tick("C0");
  await { then: (r) => r() };
  tick("C1");
}
async function returnsPromise() {
  tick("D0");
  return Promise.resolve("d");
}
async function awaitsAsync() {
  tick("E0");
  await awaitsValue();
  tick("E1");
}
awaitsValue();
awaitsPromise();
awaitsThenable();
returnsPromise().then(() => tick("D1"));
Promise.resolve()
  .then(() => tick("T1"))
  .then(() => tick("T2"))
  .then(() => tick("T3"))
  .then(() => tick("T4"));
awaitsAsync();
queueMicrotask(() => tick("Q"));
process.nextTick(() => tick("N"));
setTimeout(() => {
  tick("timeout");
  console.log(log.join(" "));
}, 0);
tick("sync end");

// interleaving of two async loops
const trace = [];
async function worker(name, n) {
  for (let i = 0; i < n; i++) {
    trace.push(name + i);
    await null;
  }
  return name;
}
Promise.all([worker("x", 3), worker("y", 2)]).then((names) => {
  trace.push("all:" + names.join(""));
  console.log(trace.join(" "));
});

// await inside then callbacks, and then on an async function's promise
const order = [];
(async () => {
  order.push(1);
  await undefined;
  order.push(3);
  await new Promise((r) => r());
  order.push(5);
})().then(() => order.push(7));
Promise.resolve().then(() => order.push(2)).then(() => order.push(4)).then(() => order.push(6)).then(() => order.push(8)).then(() => console.log(order.join(",")));
