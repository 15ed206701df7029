// Byte streams: read(n) across chunk boundaries, setEncoding('hex'/'base64'/'utf8') with
// split characters, unshift of strings and Buffers, decodeStrings: false and default
// encodings, highWaterMark 0, _construct, piping to two destinations at different speeds,
// objectMode into a byte Writable (an uncaught exception), Readable.wrap of an old-style stream, legacy Stream.pipe.
const { Readable, Writable, PassThrough, Stream } = require('stream');
const EventEmitter = require('events');

const log = (...args) => console.log(...args);

function step1(next) {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push(Buffer.from('defgh'));
  r.push(new Uint8Array([105, 106]));
  r.push(null);
  r.once('readable', () => {
    log('read(2)', r.read(2).toString());
    log('read(4)', r.read(4).toString());
    log('read(10) at end', r.read(10).toString());
    log('read() empty', r.read());
    r.unshift('xy');
    log('after unshift', r.read().toString(), r.readableLength);
    r.on('end', () => {
      log('end1');
      next();
    });
    r.read();
  });
}

function step2(next) {
  const encodings = ['hex', 'base64', 'utf8', 'latin1'];
  let i = 0;
  (function one() {
    if (i === encodings.length) {
      next();
      return;
    }
    const encoding = encodings[i++];
    const r = new PassThrough();
    r.setEncoding(encoding);
    const parts = [];
    r.on('data', (d) => parts.push(d));
    r.on('end', () => {
      log(encoding, JSON.stringify(parts), r.readableEncoding);
      one();
    });
    const bytes = Buffer.from('héllo wörld €', 'utf8');
    r.write(bytes.subarray(0, 2));
    r.write(bytes.subarray(2, 7));
    r.write(bytes.subarray(7));
    r.end();
  })();
}

function step3(next) {
  const seen = [];
  const w = new Writable({
    decodeStrings: false,
    defaultEncoding: 'latin1',
    write(chunk, encoding, callback) {
      seen.push(`${typeof chunk}:${encoding}:${chunk.length}`);
      callback();
    },
  });
  w.write('abc');
  w.write('616263', 'hex');
  w.write(Buffer.from('zz'));
  w.setDefaultEncoding('ucs2');
  w.end('x', () => {
    log('decodeStrings false', seen.join(' '));
    const w2 = new Writable({ write(chunk, encoding, callback) { seen.push(chunk.toString('hex') + ':' + encoding); callback(); } });
    w2.end('00ff', 'hex', () => {
      log('hex write', seen[seen.length - 1]);
      try {
        w2.setDefaultEncoding('nope');
      } catch (e) {
        log('bad encoding', e.code, e.message);
      }
      next();
    });
  });
}

function step4(next) {
  let reads = 0;
  const r = new Readable({
    highWaterMark: 0,
    read() {
      reads++;
      setImmediate(() => this.push(reads <= 3 ? `#${reads}` : null));
    },
  });
  const chunks = [];
  r.on('data', (d) => chunks.push(d.toString()));
  r.on('end', () => {
    log('hwm 0 chunks', chunks, 'reads', reads);
    next();
  });
}

function step5(next) {
  const order = [];
  const w = new Writable({
    construct(callback) {
      order.push('construct start');
      setTimeout(() => {
        order.push('construct done');
        callback();
      }, 5);
    },
    write(chunk, encoding, callback) {
      order.push('write ' + chunk);
      callback();
    },
    final(callback) {
      order.push('final');
      callback();
    },
  });
  w.write('early');
  order.push('write called');
  w.end(() => {
    log('construct order', order.join(' | '));
    const failing = new Readable({
      construct(callback) {
        callback(new Error('cannot construct'));
      },
      read() {},
    });
    failing.on('error', (e) => {
      log('construct error', e.message);
      next();
    });
  });
}

function step6(next) {
  const source = new Readable({ highWaterMark: 4, read() {} });
  const fast = [];
  const slow = [];
  const fastSink = new Writable({ highWaterMark: 4, write(c, e, cb) { fast.push(c.toString()); cb(); } });
  const slowSink = new Writable({ highWaterMark: 4, write(c, e, cb) { slow.push(c.toString()); setTimeout(cb, 2); } });
  source.pipe(fastSink);
  source.pipe(slowSink);
  for (const piece of ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee']) source.push(piece);
  source.push(null);
  let finished = 0;
  const done = () => {
    if (++finished === 2) {
      log('two destinations', fast.join(''), slow.join(''));
      next();
    }
  };
  fastSink.on('finish', done);
  slowSink.on('finish', done);
}

function step7(next) {
  // An object-mode source piped into a byte stream: write() throws inside the pipe's 'data'
  // handler, which reaches the uncaughtException handler.
  const objects = new Readable({ objectMode: true, read() {} });
  const bytes = new Writable({ write(c, e, cb) { cb(); } });
  process.once('uncaughtException', (e) => {
    log('object into byte stream:', e.name, e.code);
    objects.unpipe(bytes);
    next();
  });
  objects.pipe(bytes);
  objects.push({ not: 'bytes' });
}

function step8(next) {
  const old = new EventEmitter();
  old.pause = () => log('old paused');
  old.resume = () => log('old resumed');
  const wrapped = new Readable({ highWaterMark: 2, objectMode: true }).wrap(old);
  const got = [];
  wrapped.on('data', (d) => got.push(d));
  wrapped.on('end', () => {
    log('wrapped', got);
    const legacySource = new Stream();
    const legacyTarget = new PassThrough();
    const text = [];
    legacyTarget.on('data', (d) => text.push(d.toString()));
    legacyTarget.on('end', () => {
      log('legacy pipe', text.join(''));
      next();
    });
    legacySource.pipe(legacyTarget);
    legacySource.emit('data', 'le');
    legacySource.emit('data', 'gacy');
    legacySource.emit('end');
  });
  old.emit('data', 1);
  old.emit('data', 2);
  old.emit('data', 3);
  old.emit('end');
}

const steps = [step1, step2, step3, step4, step5, step6, step7, step8];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
