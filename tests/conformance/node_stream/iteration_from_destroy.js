// for await over Readables (breaking out destroys the stream), Readable.from() with arrays,
// generators, async generators, strings and Buffers, null values, destroy(err) ordering and
// autoDestroy: false, Duplex with allowHalfOpen: false, and the iterator helpers.
const { Readable, Writable, Duplex, PassThrough } = require('stream');

const log = (...args) => console.log(...args);

async function step1() {
  const chunks = [];
  for await (const chunk of Readable.from(['a', 'b', 'c'])) chunks.push(chunk);
  log('array', chunks);

  const gen = Readable.from((function* () {
    yield 1;
    yield 2;
  })());
  const values = [];
  for await (const v of gen) values.push(v);
  log('generator', values);

  const agen = Readable.from((async function* () {
    yield 'x';
    await null;
    yield 'y';
  })());
  const avalues = [];
  for await (const v of agen) avalues.push(v);
  log('async generator', avalues);

  const s = [];
  for await (const v of Readable.from('whole string')) s.push(v);
  log('string', s);

  const b = [];
  for await (const v of Readable.from(Buffer.from('buf'))) b.push(Buffer.isBuffer(v), v.toString());
  log('buffer', b);

  const promised = [];
  for await (const v of Readable.from([Promise.resolve('p1'), 'p2'])) promised.push(v);
  log('promises', promised);
}

async function step2() {
  let cleaned = false;
  const source = Readable.from((function* () {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      cleaned = true;
    }
  })());
  for await (const v of source) {
    log('got', v);
    if (v === 2) break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  log('after break destroyed', source.destroyed, 'generator cleaned', cleaned);

  const failing = new Readable({ read() {} });
  setImmediate(() => failing.destroy(new Error('read failure')));
  try {
    for await (const v of failing) log('never', v);
  } catch (e) {
    log('iteration error', e.message);
  }

  const nulls = Readable.from([1, null, 2]);
  try {
    for await (const v of nulls) log('value', v);
  } catch (e) {
    log('null value', e.name, e.code, e.message);
  }

  try {
    Readable.from(42);
  } catch (e) {
    log('not iterable', e.name, e.code, e.message);
  }
}

function step3() {
  return new Promise((resolve) => {
    const r = new Readable({
      read() {},
      destroy(err, callback) {
        log('_destroy called with', err && err.message);
        callback(err);
      },
    });
    r.on('error', (e) => log('error event', e.message));
    r.on('close', () => {
      log('close event', r.destroyed, r.errored.message);
      const quiet = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('write err')); } });
      quiet.on('error', (e) => {
        log('no autoDestroy error', e.message, 'destroyed', quiet.destroyed);
        quiet.destroy();
        log('destroyed now', quiet.destroyed);
        log('second destroy returns stream', quiet.destroy() === quiet);
        resolve();
      });
      quiet.write('x');
    });
    const result = r.destroy(new Error('destroyed!'));
    log('destroy returns this', result === r, 'destroyed', r.destroyed);
  });
}

function step4() {
  return new Promise((resolve) => {
    const d = new Duplex({
      allowHalfOpen: false,
      objectMode: true,
      read() {},
      write(chunk, encoding, callback) {
        log('duplex write', chunk);
        callback();
      },
    });
    d.on('finish', () => log('duplex finish'));
    d.on('end', () => log('duplex end'));
    d.on('close', () => {
      log('duplex close', d.writableEnded, d.readableEnded);
      resolve();
    });
    d.on('data', (v) => log('duplex data', v));
    d.write('in');
    d.push('out');
    d.push(null);
    log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable);
    log('writable instanceof Writable', new Writable() instanceof Writable, new PassThrough() instanceof Writable);
  });
}

async function step5() {
  const doubled = await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray();
  log('map', doubled);
  const odd = await Readable.from([1, 2, 3, 4, 5]).filter(async (x) => x % 2 === 1).toArray();
  log('filter', odd);
  const sum = await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0);
  log('reduce', sum);
  const seen = [];
  await Readable.from(['a', 'b']).forEach((x) => seen.push(x));
  log('forEach', seen);
  log('some', await Readable.from([1, 2]).some((x) => x > 1), 'every', await Readable.from([1, 2]).every((x) => x > 1));
  log('find', await Readable.from([5, 6, 7]).find((x) => x > 5));
  log('take/drop', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  try {
    Readable.from([1]).map(5);
  } catch (e) {
    log('map(5)', e.name, e.code);
  }
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('empty reduce', e.name, e.message);
  }
}

(async () => {
  for (const [index, step] of [step1, step2, step3, step4, step5].entries()) {
    log(`--- step ${index + 1}`);
    await step();
  }
  log('done');
})();
