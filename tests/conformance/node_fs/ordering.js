// When fs callbacks run: never synchronously; after the main module, its nextTicks and its
// promise jobs; ticks and microtasks queued inside a callback run before anything else; and in
// an I/O callback setImmediate comes before setTimeout(0) (node guarantees this order).
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-order-')), 'file');

const log = [];
fs.stat(__filename, () => {
  log.push('stat callback');
  process.nextTick(() => log.push('tick from callback'));
  Promise.resolve().then(() => log.push('promise from callback'));
  setTimeout(() => log.push('timeout from callback'), 0);
  setImmediate(() => {
    log.push('immediate from callback');
    fs.readFile(__filename, 'utf8', () => {
      log.push('nested readFile');
      setTimeout(() => log.push('timeout from nested'), 0);
      setImmediate(() => log.push('immediate from nested'));
    });
  });
});
log.push('after fs.stat call');
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('promise'));
queueMicrotask(() => log.push('microtask'));

let sequence = '';
fs.writeFile(scratch, 'x', () => {
  sequence += 'w';
  fs.readFile(scratch, 'utf8', (err, data) => {
    sequence += `r${data}`;
    fs.unlink(scratch, () => {
      sequence += 'u';
      fs.rmdirSync(path.dirname(scratch));
    });
  });
});

(async () => {
  log.push('async start');
  const stats = await fsp.stat(__filename);
  log.push(`awaited stat ${stats.isFile()}`);
})();

process.on('exit', () => {
  const order = (name) => log.indexOf(name);
  console.log(log.slice(0, 5).join(' | '));
  console.log('callback after main work', order('stat callback') > order('microtask'));
  console.log('tick then promise inside', order('tick from callback') === order('stat callback') + 1,
    order('promise from callback') === order('stat callback') + 2);
  console.log('immediate before timeout', order('immediate from callback') < order('timeout from callback'));
  console.log('nested immediate before timeout', order('immediate from nested') < order('timeout from nested'));
  console.log('awaited', order('awaited stat true') > order('microtask'));
  console.log('sequence', sequence, fs.existsSync(scratch));
});
