// process.stdout/stderr as Writable streams and a stdin → Transform → stdout pipeline in a
// child process (this program run again): write() callbacks and return values, encodings,
// the stream's properties when stdout is a pipe, stream.pipeline into process.stdout, and
// many small writes followed by an exit code reaching the reader.
const { spawn } = require('child_process');
const { Transform, pipeline, Writable } = require('stream');

const mode = process.argv.find((arg) => arg.startsWith('--child='));

if (mode === '--child=upper') {
  let chunks = 0;
  const upper = new Transform({
    transform(chunk, encoding, callback) {
      chunks++;
      callback(null, chunk.toString('latin1').toUpperCase());
    },
  });
  pipeline(process.stdin, upper, process.stdout, (err) => {
    process.stderr.write(`pipeline done ${err} ${chunks > 0}\n`);
  });
} else if (mode === '--child=exit') {
  for (let i = 0; i < 1000; i++) process.stdout.write(`${i},`);
  process.stdout.write('end\n');
  process.exitCode = 3;
} else if (mode === '--child=props') {
  const out = process.stdout;
  console.log('instanceof Writable', out instanceof Writable, 'isTTY', out.isTTY, 'fd', out.fd);
  console.log('writable', out.writable, 'hwm', out.writableHighWaterMark, 'same object', out === process.stdout);
  console.log('write returns', out.write(''), out.write('x\n', 'utf8', () => console.log('write callback')));
  out.write('68656c6c6f0a', 'hex');
  out.write(Buffer.from('buffer chunk\n'));
  out.write(new Uint8Array([0x75, 0x38, 0x0a]));
  process.stderr.write('to stderr\n', () => console.log('stderr callback'));
  try {
    out.write(42);
  } catch (e) {
    console.log(e.name, e.code);
  }
  console.log('sync log after writes');
} else {
  parent();
}

function run(childMode, input, done) {
  const child = spawn(process.execPath, [__filename, `--child=${childMode}`]);
  const out = [];
  let err = '';
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', (code) => done(Buffer.concat(out), err, code));
  if (input !== null) {
    // Written with backpressure: wait for 'drain' whenever write() says so.
    let offset = 0;
    const piece = 16384;
    const writeMore = () => {
      while (offset < input.length) {
        const ok = child.stdin.write(input.subarray(offset, offset + piece));
        offset += piece;
        if (!ok) {
          child.stdin.once('drain', writeMore);
          return;
        }
      }
      child.stdin.end();
    };
    writeMore();
  } else {
    child.stdin.end();
  }
}

function parent() {
  const input = Buffer.alloc(3 * 1024 * 1024);
  for (let i = 0; i < input.length; i++) input[i] = 97 + (i % 26);
  run('upper', input, (out, err, code) => {
    let same = out.length === input.length;
    for (let i = 0; same && i < out.length; i += 997) same = out[i] === input[i] - 32;
    console.log('upper bytes', out.length, 'uppercased', same, 'exit', code, JSON.stringify(err));
    run('exit', null, (out2, err2, code2) => {
      const text = out2.toString();
      console.log('before exit', text.length, text.endsWith('999,end\n'), 'exit', code2);
      run('props', null, (out3, err3, code3) => {
        process.stdout.write(out3);
        console.log('stderr', JSON.stringify(err3), 'exit', code3);
      });
    });
  });
}
