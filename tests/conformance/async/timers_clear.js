// clearTimeout / clearInterval / clearImmediate, by object and by id, before and while the
// loop runs; clearing an already fired or unknown timer is harmless.
const log = (m) => console.log(m);
const t1 = setTimeout(() => log('t1 must not run'), 20);
clearTimeout(t1);
const t2 = setTimeout(() => log('t2 must not run'), 40);
setTimeout(() => { log('clearing t2 from a timer'); clearTimeout(t2); }, 20);
const t3 = setTimeout(() => log('t3 must not run'), 20);
clearTimeout(+t3);
const t4 = setTimeout(() => log('t4 must not run'), 20);
clearTimeout(String(t4));
const t5 = setTimeout(() => log('t5 runs: its id was never taken'), 20);
clearTimeout(12345);
const i1 = setImmediate(() => log('i1 must not run'));
clearImmediate(i1);
let i2;
setImmediate(() => { log('clearing i2 from an earlier immediate'); clearImmediate(i2); });
i2 = setImmediate(() => log('i2 must not run'));
const i3 = setImmediate(() => log('i3 runs'));
const late = setTimeout(() => log('late must not run'), 100);
const closed = setTimeout(() => log('closed must not run'), 20);
console.log(closed.close() === closed);
setTimeout(() => { log('clearing late'); clearTimeout(late); clearTimeout(late); clearTimeout(t5); clearImmediate(i3); }, 60);
console.log(clearTimeout(), clearTimeout(null), clearTimeout({}), clearInterval('x'), clearImmediate(undefined), clearImmediate(t1));
const i4 = setImmediate(() => log('i4 runs: clearTimeout ignores immediates'));
clearTimeout(i4);
const t6 = setTimeout(() => log('t6 must not run'), 20);
clearInterval(t6);
log('sync');
