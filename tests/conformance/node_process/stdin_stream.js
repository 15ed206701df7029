// process.stdin as a Readable, exercised by running this program again as a child (the
// harness gives cases no stdin): piping stdin to stdout, async iteration with setEncoding,
// 'data'/'end'/'close' order, a paused stdin (a pipe: the process still ends at EOF, as
// node's does), and a program that never reads stdin exiting while its stdin stays open.
const { spawn } = require('child_process');

const mode = process.argv.find((arg) => arg.startsWith('--child='));

if (mode === '--child=cat') {
  process.stdin.pipe(process.stdout);
} else if (mode === '--child=iterate') {
  (async () => {
    process.stdin.setEncoding('utf8');
    let chunks = 0;
    let text = '';
    for await (const chunk of process.stdin) {
      chunks++;
      text += chunk;
    }
    console.log(`iterated ${text.length} chars, lines ${text.split('\n').length - 1}, got chunks ${chunks > 0}`);
    console.log(`first line ${JSON.stringify(text.split('\n')[0])}`);
  })();
} else if (mode === '--child=events') {
  const events = [];
  let bytes = 0;
  process.stdin.on('data', (chunk) => {
    if (!events.includes('data')) events.push('data');
    bytes += chunk.length;
    if (!Buffer.isBuffer(chunk)) events.push('not a buffer');
  });
  process.stdin.on('end', () => events.push('end'));
  process.stdin.on('close', () => {
    events.push('close');
    console.log(events.join(' '), bytes);
  });
} else if (mode === '--child=pause') {
  process.stdin.once('data', (chunk) => {
    console.log('first chunk', chunk.toString().trim(), 'paused', process.stdin.pause().isPaused());
  });
  process.on('exit', () => console.log('paused child exits, ended', process.stdin.readableEnded));
} else if (mode === '--child=ignore') {
  console.log('never reads stdin, isTTY', process.stdin.isTTY);
} else {
  parent();
}

function run(childMode, feed, done) {
  const child = spawn(process.execPath, [__filename, `--child=${childMode}`]);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    childOut = out;
  });
  child.stderr.pipe(process.stderr);
  child.on('close', (code, signal) => done(out, code, signal));
  feed(child.stdin);
  return child;
}

let childOut = '';

function parent() {
  const lines = [];
  for (let i = 0; i < 20000; i++) lines.push(`line ${i} ${'x'.repeat(i % 50)}`);
  const input = lines.join('\n') + '\n';

  run('cat', (stdin) => {
    // Written in pieces, with backpressure.
    let offset = 0;
    function writeMore() {
      while (offset < input.length) {
        const piece = input.slice(offset, offset + 7000);
        offset += piece.length;
        if (!stdin.write(piece)) {
          stdin.once('drain', writeMore);
          return;
        }
      }
      stdin.end();
    }
    writeMore();
  }, (out, code) => {
    console.log('cat echoed', out.length, 'chars, same', out === input, 'exit', code);
    run('iterate', (stdin) => stdin.end(input), (out2, code2) => {
      process.stdout.write(out2);
      console.log('iterate exit', code2);
      run('events', (stdin) => stdin.end('some bytes'), (out3, code3) => {
        process.stdout.write(out3);
        console.log('events exit', code3);
        childOut = '';
        run('pause', (stdin) => {
          stdin.write('hello\n');
          // Once the child reported its first chunk, stdin ends.
          const check = setInterval(() => {
            if (childOut.length > 0) {
              clearInterval(check);
              stdin.end();
            }
          }, 5);
        }, (out4, code4) => {
          process.stdout.write(out4);
          console.log('pause exit', code4);
          let openStdin;
          run('ignore', (stdin) => { openStdin = stdin; }, (out5, code5) => {
            process.stdout.write(out5);
            console.log('ignore exit', code5);
            openStdin.destroy();
          });
        });
      });
    });
  });
}
