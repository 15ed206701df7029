// Readable: paused and flowing modes, 'readable'/'data'/'end'/'close' ordering, read(n),
// push() return values against highWaterMark, pause()/resume() events, unshift(), errors.
const { Readable } = require('stream');

function log(...args) {
  console.log(...args);
}

function step1(next) {
  // Flowing mode with synchronous pushes in _read.
  const items = ['a', 'b', 'c'];
  const r = new Readable({
    objectMode: true,
    read() {
      const item = items.shift();
      log('_read ->', item === undefined ? 'EOF' : item);
      this.push(item === undefined ? null : item);
    },
  });
  r.on('data', (d) => log('data', d));
  r.on('end', () => log('end'));
  r.on('close', () => {
    log('close', r.destroyed, r.readableEnded);
    next();
  });
  log('flowing after on(data):', r.readableFlowing);
  process.nextTick(() => log('tick'));
}

function step2(next) {
  // Paused mode with 'readable' and read().
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  log('push 1', r.push(1));
  log('push 2', r.push(2));
  log('push 3', r.push(3));
  log('length', r.readableLength, 'hwm', r.readableHighWaterMark);
  r.on('readable', () => {
    let chunk;
    const got = [];
    while ((chunk = r.read()) !== null) got.push(chunk);
    log('readable got', got, 'ended', r.readableEnded);
  });
  r.on('end', () => {
    log('end');
    next();
  });
  setTimeout(() => {
    r.push(4);
    r.push(null);
  }, 1);
}

function step3(next) {
  // Byte-free string stream with setEncoding-less objectMode false strings via encoding option.
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('hello ');
  r.push('world');
  r.push(null);
  log('encoding', r.readableEncoding, 'length', r.readableLength);
  log('read(3)', JSON.stringify(r.read(3)));
  log('read(100)', JSON.stringify(r.read(100)));
  log('read()', JSON.stringify(r.read()));
  r.on('end', () => {
    log('end3');
    next();
  });
  r.resume();
}

function step4(next) {
  // pause()/resume() events and isPaused().
  const r = new Readable({ objectMode: true, read() {} });
  r.on('pause', () => log('event pause'));
  r.on('resume', () => log('event resume'));
  log('isPaused initially', r.isPaused());
  r.pause();
  log('isPaused after pause', r.isPaused(), r.readableFlowing);
  r.resume();
  log('isPaused after resume', r.isPaused(), r.readableFlowing);
  r.on('data', (d) => {
    log('data4', d);
    if (d === 'x') {
      r.pause();
      setTimeout(() => {
        log('resuming');
        r.resume();
      }, 1);
    }
  });
  r.push('x');
  r.push('y');
  r.push(null);
  r.on('end', () => {
    log('end4');
    next();
  });
}

function step5(next) {
  // unshift and push after EOF.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.unshift(0);
  r.push(null);
  log('read', r.read(), r.read());
  r.on('error', (e) => {
    log('error', e.name, e.code, e.message);
  });
  r.push(5);
  r.on('close', () => {
    log('close5 errored', r.errored && r.errored.code, 'destroyed', r.destroyed);
    next();
  });
}

function step6(next) {
  // Invalid chunks and _read not implemented.
  const r = new Readable();
  r.on('error', (e) => log('error6', e.name, e.code, e.message));
  r.on('close', () => {
    const r2 = new Readable();
    r2.on('error', (e) => {
      log('error6b', e.name, e.code, e.message);
      next();
    });
    r2.read();
  });
  r.push(42);
}

function step7(next) {
  // read(0) triggers _read; readable listener removal.
  let calls = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      calls++;
      if (calls === 3) {
        this.push(null);
      } else {
        this.push(calls);
      }
    },
  });
  const onReadable = () => {
    log('readable7 read', r.read());
  };
  r.on('readable', onReadable);
  r.once('end', () => {
    log('end7 calls', calls);
    next();
  });
  r.on('data', (d) => log('data7', d));
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
