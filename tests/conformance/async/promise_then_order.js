// Reactions of different promises interleave one job at a time, in registration order.
const log = [];
const a = Promise.resolve('a');
const b = Promise.resolve('b');
a.then((v) => { log.push(v + 1); return v; }).then((v) => log.push(v + 2)).then(() => log.push('a3'));
b.then((v) => log.push(v + 1)).then(() => log.push('b2'));
a.then(() => log.push('a-second-reaction'));
const pending = new Promise((resolve) => { log.push('executor runs synchronously'); resolve('late'); log.push('after resolve'); });
pending.then((v) => log.push(v));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 0);
