// Writable: write() return values against highWaterMark, 'drain', cork()/uncork() with
// _writev, end() with a chunk and callback, 'prefinish'/'finish'/'close' order, _final,
// write after end, destroy() failing buffered writes, write callbacks' timing.
const { Writable } = require('stream');

const log = (...args) => console.log(...args);

function step1(next) {
  const written = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      written.push(chunk);
      log('_write', chunk, encoding);
      setImmediate(callback);
    },
  });
  for (let i = 0; i < 4; i++) {
    const ok = w.write(i, () => log('cb', i));
    log('write', i, '->', ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
  }
  w.on('drain', () => {
    log('drain, length', w.writableLength);
    w.end('last', () => log('end callback'));
    log('ended', w.writableEnded, 'finished', w.writableFinished);
  });
  w.on('prefinish', () => log('prefinish'));
  w.on('finish', () => log('finish', written.join(',')));
  w.on('close', () => {
    log('close', w.destroyed, w.closed);
    next();
  });
}

function step2(next) {
  const w = new Writable({
    objectMode: true,
    writev(chunks, callback) {
      log('_writev', chunks.map((c) => c.chunk).join('+'));
      callback();
    },
    write(chunk, encoding, callback) {
      log('_write2', chunk);
      callback();
    },
    final(callback) {
      log('_final');
      setTimeout(callback, 1);
    },
  });
  w.cork();
  w.write('a');
  w.write('b');
  log('corked', w.writableCorked, 'buffered', w.writableBuffer.length);
  process.nextTick(() => {
    w.uncork();
    w.write('c');
    w.end();
  });
  w.on('finish', () => log('finish2'));
  w.on('close', () => next());
}

function step3(next) {
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) {
      callback();
    },
  });
  w.on('error', (e) => log('error3', e.code, e.message));
  w.end();
  const result = w.write('late', (err) => log('write cb3', err && err.code));
  log('write after end returned', result);
  w.on('close', () => {
    log('close3', w.errored && w.errored.code);
    next();
  });
}

function step4(next) {
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) {
      log('_write4', chunk);
      setTimeout(callback, 5);
    },
  });
  w.write(1, (err) => log('cb4 1', err ? err.code : null));
  w.write(2, (err) => log('cb4 2', err ? err.code : null));
  w.write(3, (err) => log('cb4 3', err ? err.code : null));
  w.on('close', () => {
    log('close4', w.destroyed, w.writableAborted);
    next();
  });
  w.on('error', (e) => log('error4', e.message));
  process.nextTick(() => w.destroy(new Error('boom')));
}

function step5(next) {
  // A write callback that errors destroys the stream.
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) {
      callback(new Error('bad ' + chunk));
    },
  });
  w.on('error', (e) => log('error5', e.message));
  w.on('close', () => {
    log('close5', w.errored.message);
    next();
  });
  log('write5 returned', w.write('x', (err) => log('cb5', err.message)));
}

function step6(next) {
  // Non-function arguments and null chunks.
  const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  try {
    w.write(null);
  } catch (e) {
    log('null chunk:', e.name, e.code, e.message);
  }
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  try {
    w2.write({});
  } catch (e) {
    log('object chunk:', e.name, e.code, e.message);
  }
  const w3 = new Writable();
  w3.on('error', (e) => {
    log('no _write:', e.name, e.code, e.message);
    next();
  });
  try {
    w3.write('abc');
  } catch (e) {
    log('threw', e.code, e.message);
    next();
  }
}

function step7(next) {
  // Synchronous writes: return value, callbacks after the current tick.
  const w = new Writable({
    highWaterMark: 3,
    objectMode: true,
    write(chunk, encoding, callback) {
      log('sync write', chunk);
      callback();
    },
  });
  log('r1', w.write('a', () => log('cb a')));
  log('r2', w.write('b', () => log('cb b')));
  log('r3', w.write('c'));
  log('len', w.writableLength);
  w.on('drain', () => log('drain7'));
  w.end(() => {
    log('end7');
    next();
  });
}

const steps = [step1, step2, step3, step4, step5, step6, step7];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
