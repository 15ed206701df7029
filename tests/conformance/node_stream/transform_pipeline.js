// Transform and pipe(): a producer → uppercase Transform → slow consumer chain with small
// highWaterMarks, checking that backpressure bounds what is buffered, that 'drain' resumes
// the flow, the order of 'end'/'finish'/'close' across the chain, _flush, PassThrough, and
// unpipe().
const { Readable, Writable, Transform, PassThrough } = require('stream');

const log = (...args) => console.log(...args);

function step1(next) {
  let produced = 0;
  const total = 40;
  let maxBuffered = 0;
  const source = new Readable({
    highWaterMark: 8,
    read() {
      if (produced === total) {
        this.push(null);
        return;
      }
      produced++;
      this.push(`line ${produced}\n`);
    },
  });
  const upper = new Transform({
    highWaterMark: 8,
    transform(chunk, encoding, callback) {
      callback(null, chunk.toString().toUpperCase());
    },
    flush(callback) {
      log('flush');
      callback(null, 'END\n');
    },
  });
  const received = [];
  let writes = 0;
  const sink = new Writable({
    highWaterMark: 8,
    write(chunk, encoding, callback) {
      writes++;
      received.push(chunk.toString());
      const buffered = source.readableLength + upper.readableLength + upper.writableLength + sink.writableLength;
      maxBuffered = Math.max(maxBuffered, buffered);
      setTimeout(callback, 0);
    },
  });
  source.on('end', () => log('source end'));
  upper.on('end', () => log('upper end'));
  upper.on('finish', () => log('upper finish'));
  sink.on('finish', () => {
    const text = received.join('');
    log('sink finish', text.split('\n').length - 1, 'lines');
    log(text.slice(0, 24).split('\n').join('|'));
    log(text.slice(-16).split('\n').join('|'));
    log('bounded', maxBuffered < 200, 'writes > 1', writes > 1, 'produced', produced);
  });
  sink.on('close', () => {
    log('sink close');
    next();
  });
  source.pipe(upper).pipe(sink);
}

function step2(next) {
  // Object-mode transform that drops and duplicates.
  const t = new Transform({
    objectMode: true,
    transform(n, encoding, callback) {
      if (n % 2 === 0) {
        callback();
        return;
      }
      this.push(n);
      callback(null, n * 10);
    },
  });
  const out = [];
  t.on('data', (d) => out.push(d));
  t.on('end', () => {
    log('transform2', out.join(' '));
    next();
  });
  for (let i = 1; i <= 6; i++) t.write(i);
  t.end();
}

function step3(next) {
  // PassThrough and unpipe.
  const source = new PassThrough({ objectMode: true });
  const a = new PassThrough({ objectMode: true });
  const b = new PassThrough({ objectMode: true });
  const seenA = [];
  const seenB = [];
  a.on('data', (d) => seenA.push(d));
  b.on('data', (d) => seenB.push(d));
  a.on('unpipe', (src) => log('a unpiped', src === source));
  b.on('pipe', (src) => log('b piped', src === source));
  source.pipe(a);
  source.pipe(b);
  source.write(1);
  setImmediate(() => {
    source.unpipe(a);
    source.write(2);
    source.end(3);
    b.on('end', () => {
      log('A', seenA.join(','), 'B', seenB.join(','), 'a ended', a.writableEnded);
      next();
    });
  });
}

function step4(next) {
  // A transform error propagates as 'error' and destroys it.
  const t = new Transform({
    transform(chunk, encoding, callback) {
      callback(new Error('transform failed'));
    },
  });
  t.on('error', (e) => log('error4', e.message));
  t.on('close', () => {
    log('close4', t.destroyed);
    next();
  });
  t.write('x');
}

function step5(next) {
  // Byte mode: strings become Buffers, setEncoding on the readable side.
  const t = new PassThrough();
  t.setEncoding('utf8');
  const chunks = [];
  t.on('data', (d) => chunks.push(typeof d + ':' + d));
  t.on('end', () => {
    log('chunks5', chunks.join(' '));
    next();
  });
  t.write('héllo');
  t.write(Buffer.from([0xe2, 0x82]));
  t.write(Buffer.from([0xac, 0x21]));
  t.end();
}

const steps = [step1, step2, step3, step4, step5];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
