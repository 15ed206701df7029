// Differential fuzzing of stream event order: a seeded generator builds source → (transform)
// → sink chains with random modes, highWaterMarks, chunk sizes, synchronous or deferred
// (nextTick, microtask, setImmediate) pushes and callbacks, _writev, cork, _flush, different
// ways of connecting them (pipe, pipeline, 'readable' loops, for await), injected failures
// and destroy() calls, logs every event each stream emits, and prints a hash of the log per
// scenario (a chain that stalls, as some do in node too, ends when the event loop runs dry).
const { Readable, Writable, Transform, pipeline } = require('stream');

let seed = 0x5eed1234;
function random() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (max) => Math.floor(random() * max);

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Runs `fn` now or later, as the scenario chose.
function defer(kind, fn) {
  switch (kind) {
    case 'sync':
      fn();
      break;
    case 'tick':
      process.nextTick(fn);
      break;
    case 'micro':
      Promise.resolve().then(fn);
      break;
    default:
      setImmediate(fn);
  }
}

const timings = ['sync', 'tick', 'micro', 'immediate'];
const watched = ['data', 'end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish', 'pipe', 'unpipe'];

function watch(name, stream, log) {
  for (const event of watched) {
    stream.on(event, (arg) => {
      let detail = '';
      if (event === 'data') detail = String(arg);
      if (event === 'error') detail = arg.code || arg.message;
      log.push(`${name}:${event}${detail ? '=' + detail : ''}`);
    });
  }
}

function scenario(index, done) {
  const log = [];
  const objectMode = random() < 0.5;
  const total = 1 + int(12);
  const chunks = Array.from({ length: total }, (_, i) => (objectMode ? `o${i}` : 'x'.repeat(1 + int(9)) + i));
  const pushTiming = pick(timings);
  const perRead = 1 + int(3);
  const failSourceAt = random() < 0.15 ? int(total) : -1;
  const destroySourceAt = random() < 0.08 ? int(total) : -1;
  const failSinkAt = random() < 0.1 ? int(total) : -1;
  const hwm = () => pick([0, 1, 2, 4, 8, 16, 64]);

  let next = 0;
  const source = new Readable({
    objectMode,
    highWaterMark: hwm(),
    read() {
      defer(pushTiming, () => {
        for (let k = 0; k < perRead; k++) {
          if (next === failSourceAt) {
            this.destroy(new Error('source failed'));
            return;
          }
          if (next === destroySourceAt) {
            this.destroy();
            return;
          }
          if (next >= total) {
            this.push(null);
            return;
          }
          const more = this.push(chunks[next++]);
          log.push(`push ${next - 1} -> ${more}`);
          if (!more) return;
        }
      });
    },
  });
  watch('src', source, log);

  let transform = null;
  if (random() < 0.5) {
    const timing = pick(timings);
    const flush = random() < 0.4;
    transform = new Transform({
      objectMode,
      highWaterMark: hwm(),
      flush: flush ? function(callback) {
        defer(timing, () => callback(null, 'flushed'));
      } : undefined,
      transform(chunk, encoding, callback) {
        defer(timing, () => {
          const text = String(chunk);
          if (text.endsWith('3') && random() < 0.3) {
            this.push(text + '+');
          }
          callback(null, text.toUpperCase());
        });
      },
    });
    watch('tr', transform, log);
  }

  const sinkTiming = pick(timings);
  let received = 0;
  const sinkOptions = {
    objectMode,
    highWaterMark: hwm(),
    write(chunk, encoding, callback) {
      const n = received++;
      defer(sinkTiming, () => callback(n === failSinkAt ? new Error('sink failed') : null));
    },
  };
  if (random() < 0.25) {
    sinkOptions.writev = function(entries, callback) {
      log.push(`writev ${entries.length}`);
      received += entries.length;
      defer(sinkTiming, () => callback());
    };
  }
  const sink = new Writable(sinkOptions);
  watch('sink', sink, log);
  if (random() < 0.2) {
    sink.cork();
    defer(pick(timings), () => sink.uncork());
  }

  const connection = pick(['pipe', 'pipeline', 'pipeline', 'readable', 'iterate']);
  log.push(`mode ${connection} ${objectMode ? 'obj' : 'bytes'} ${pushTiming} ${sinkTiming}`);
  const head = transform ? source.pipe(transform) : source;

  let settled = false;
  const finish = (why) => {
    current = null;
    if (settled) return;
    settled = true;
    // Let trailing events ('close' after a callback) arrive.
    let rounds = 0;
    (function wait() {
      if (++rounds < 6) {
        setImmediate(wait);
        return;
      }
      console.log(`${String(index).padStart(3)} ${hash(log.join('\n'))} ${connection} events=${log.length} received=${received} ${why}`);
      done();
    })();
  };

  current = finish;
  if (connection === 'pipe') {
    head.pipe(sink);
    sink.on('finish', () => finish('finished'));
    sink.on('error', (e) => finish('sink error ' + e.message));
    source.on('error', (e) => finish('source error ' + e.message));
  } else if (connection === 'pipeline') {
    const streams = transform ? [source, transform, sink] : [source, sink];
    pipeline(...streams, (err) => {
      log.push(`pipeline cb ${err ? err.message : 'ok'}`);
      finish(err ? 'error ' + err.message : 'ok');
    });
  } else if (connection === 'readable') {
    const out = [];
    head.on('readable', () => {
      let chunk;
      while ((chunk = head.read()) !== null) {
        out.push(String(chunk));
        log.push(`read ${String(chunk)}`);
      }
    });
    head.on('end', () => finish('read ' + out.length));
    source.on('error', (e) => finish('source error ' + e.message));
  } else {
    (async () => {
      let count = 0;
      try {
        for await (const chunk of head) {
          count++;
          log.push(`iter ${String(chunk)}`);
          if (count === 5 && random() < 0.3) {
            log.push('break');
            break;
          }
        }
        finish('iterated ' + count);
      } catch (e) {
        finish('iterate error ' + e.message);
      }
    })();
    source.on('error', () => {});
  }
}

// A chain can stall for good (nothing left to run, as with highWaterMark 0 in some modes):
// when the loop runs dry the scenario ends as 'stalled'.
let current = null;
process.on('beforeExit', () => {
  if (current) {
    current('stalled');
  }
});

const count = 150;
(function run(i) {
  if (i === count) {
    console.log('done');
    return;
  }
  scenario(i, () => run(i + 1));
})(0);
