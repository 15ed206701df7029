// fs.createReadStream / fs.createWriteStream: events ('open', 'ready', 'finish', 'close'),
// bytesWritten/bytesRead, start/end ranges, small highWaterMarks, encodings, append mode,
// an existing descriptor, piping a file through a Transform into another file with
// stream.pipeline, and the errors for a missing file and bad options.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-streams-'));
const file = path.join(dir, 'data.txt');
const log = (...args) => console.log(...args);

function step1(next) {
  const out = fs.createWriteStream(file);
  const events = [];
  out.on('open', (fd) => events.push(`open ${typeof fd}`));
  out.on('ready', () => events.push('ready'));
  out.on('finish', () => events.push('finish'));
  out.on('close', () => {
    events.push('close');
    log('write events', events.join(', '), 'bytesWritten', out.bytesWritten, 'pending', out.pending);
    log('content', JSON.stringify(fs.readFileSync(file, 'utf8')));
    next();
  });
  log('pending before open', out.pending, 'path is file', out.path === file);
  for (let i = 0; i < 5; i++) out.write(`line ${i}\n`);
  out.write(Buffer.from('bytes\n'));
  out.end('end\n');
}

function step2(next) {
  const chunks = [];
  const input = fs.createReadStream(file, { highWaterMark: 8 });
  input.on('open', () => chunks.push('<open>'));
  input.on('data', (chunk) => chunks.push(chunk.length));
  input.on('end', () => chunks.push('<end>'));
  input.on('close', () => {
    log('chunks', chunks.join(' '), 'bytesRead', input.bytesRead);
    next();
  });
}

function step3(next) {
  const input = fs.createReadStream(file, { start: 5, end: 12, encoding: 'utf8' });
  let text = '';
  input.on('data', (chunk) => { text += chunk; });
  input.on('end', () => {
    log('range', JSON.stringify(text), typeof text);
    next();
  });
}

function step4(next) {
  const append = fs.createWriteStream(file, { flags: 'a' });
  append.end('appended\n', () => {
    const fd = fs.openSync(file, 'r');
    const fromFd = fs.createReadStream(null, { fd, start: 0, end: 5 });
    const parts = [];
    fromFd.on('data', (d) => parts.push(d.toString()));
    fromFd.on('close', () => {
      log('from fd', JSON.stringify(parts.join('')));
      log('tail', JSON.stringify(fs.readFileSync(file, 'utf8').slice(-9)));
      next();
    });
  });
}

function step5(next) {
  const target = path.join(dir, 'upper.txt');
  pipeline(
    fs.createReadStream(file, { highWaterMark: 16 }),
    new Transform({
      transform(chunk, encoding, callback) {
        callback(null, chunk.toString().toUpperCase());
      },
    }),
    fs.createWriteStream(target),
    (err) => {
      log('pipeline', err, JSON.stringify(fs.readFileSync(target, 'utf8').split('\n').slice(0, 3)));
      next();
    },
  );
}

function step6(next) {
  const missing = fs.createReadStream(path.join(dir, 'missing.txt'));
  missing.on('error', (e) => {
    log('missing:', e.code, e.syscall, e.message.includes('missing.txt'));
  });
  missing.on('close', () => {
    log('closed after error', missing.destroyed);
    try {
      fs.createReadStream(file, { start: 10, end: 2 });
    } catch (e) {
      log('range error:', e.name, e.code, e.message);
    }
    try {
      fs.createReadStream(file, { start: -1 });
    } catch (e) {
      log('negative start:', e.name, e.code, e.message);
    }
    try {
      fs.createWriteStream(42);
    } catch (e) {
      log('bad path:', e.name, e.code);
    }
    next();
  });
}

function step7(next) {
  const input = fs.createReadStream(file);
  input.close(() => {
    log('closed early, destroyed', input.destroyed);
    next();
  });
}

const steps = [step1, step2, step3, step4, step5, step6, step7];
function run(i) {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    log('done, cleaned', !fs.existsSync(dir));
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
