// stream.pipeline (callback) and stream.finished, stream/promises: success, an error in the
// middle destroying every stream, async generator stages, iterable sources, an async function
// as the destination (its value reaches the callback), premature close, finished() on
// already-finished streams, and argument errors.
const { pipeline, finished, Readable, Writable, Transform, PassThrough } = require('stream');
const promises = require('stream/promises');

const log = (...args) => console.log(...args);

function collector(name) {
  const items = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, callback) {
      items.push(chunk);
      callback();
    },
  });
  w.items = items;
  w.on('close', () => log(name, 'closed'));
  return w;
}

function step1(next) {
  const sink = collector('sink1');
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
    sink,
    (err, value) => {
      log('pipeline1', err, value, sink.items.join(','));
      next();
    },
  );
}

function step2(next) {
  const source = new Readable({ objectMode: true, read() {} });
  const middle = new Transform({
    objectMode: true,
    transform(c, e, cb) {
      if (c === 2) {
        cb(new Error('bad chunk 2'));
        return;
      }
      cb(null, c);
    },
  });
  const sink = collector('sink2');
  source.on('close', () => log('source2 closed', source.destroyed));
  pipeline(source, middle, sink, (err) => {
    log('pipeline2', err.message, 'destroyed', source.destroyed, middle.destroyed, sink.destroyed);
    setImmediate(next);
  });
  source.push(1);
  source.push(2);
  source.push(3);
}

function step3(next) {
  const sink = collector('sink3');
  pipeline(
    function* () {
      yield 1;
      yield 2;
      yield 3;
    },
    async function* (source) {
      for await (const n of source) {
        yield n * 100;
      }
    },
    sink,
    (err) => {
      log('pipeline3', err, sink.items);
      next();
    },
  );
}

function step4(next) {
  pipeline(
    Readable.from(['x', 'y']),
    async function (source) {
      let text = '';
      for await (const chunk of source) text += chunk;
      return text.toUpperCase();
    },
    (err, value) => {
      log('pipeline4', err, value);
      next();
    },
  );
}

function step5(next) {
  // Premature close: the destination is destroyed while data flows.
  const source = new Readable({ objectMode: true, read() {} });
  const sink = new PassThrough({ objectMode: true });
  pipeline(source, sink, (err) => {
    log('pipeline5', err.code, err.message);
    next();
  });
  source.push('a');
  setImmediate(() => sink.destroy());
}

function step6(next) {
  // finished() on streams in different states.
  const r = Readable.from([1]);
  finished(r, (err) => log('finished readable', err));
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => {
    log('finished writable', err);
    const ended = new PassThrough();
    ended.end();
    ended.resume();
    ended.on('close', () => {
      finished(ended, (err2) => {
        log('finished after close', err2);
        const destroyed = new PassThrough();
        finished(destroyed, (err3) => {
          log('finished destroyed', err3.code);
          next();
        });
        destroyed.destroy();
      });
    });
  });
  w.end('data');
}

async function step7(next) {
  const sink = collector('sink7');
  await promises.pipeline(Readable.from([1, 2]), sink);
  log('promises.pipeline ok', sink.items);
  try {
    await promises.pipeline(
      Readable.from([1, 2]),
      new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('nope')); } }),
      collector('sink7b'),
    );
  } catch (e) {
    log('promises.pipeline rejected', e.message);
  }
  const r = Readable.from(['z']);
  r.resume();
  await promises.finished(r);
  log('promises.finished ok');
  next();
}

function step8(next) {
  try {
    pipeline(Readable.from([1]));
  } catch (e) {
    log('one stream:', e.name, e.code, e.message);
  }
  try {
    pipeline(Readable.from([1]), collector('x'));
  } catch (e) {
    log('no callback:', e.name, e.code, e.message);
  }
  try {
    finished({}, () => {});
  } catch (e) {
    log('not a stream:', e.name, e.code, e.message);
  }
  next();
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
