// A closed pipe on stdout (`program | head -1`): console.log keeps going and the process ends
// normally; process.stdout reports EPIPE as an 'error' event, which kills the process (exit 1)
// when nothing listens. Each mode runs as a child whose stdout the parent closes after the
// first chunk.
const { spawn } = require('child_process');

const mode = process.argv[2];
if (mode === 'console') {
  for (let i = 0; i < 200000; i++) console.log('line ' + i);
  console.error('console: done');
} else if (mode === 'listener') {
  process.stdout.on('error', (error) => {
    console.error('listener:', error.name, error.code, error.syscall, error.errno, error.message);
    process.exit(3);
  });
  let i = 0;
  const more = () => {
    while (i < 200000) {
      if (!process.stdout.write('line ' + i++ + '\n')) {
        process.stdout.once('drain', more);
        return;
      }
    }
    console.error('listener: wrote everything');
  };
  more();
} else if (mode === 'unhandled') {
  for (let i = 0; i < 200000; i++) process.stdout.write('line ' + i + '\n');
  setTimeout(() => console.error('unhandled: still running'), 2000);
} else {
  const run = (which) => new Promise((resolve) => {
    const child = spawn(process.execPath, [__filename, which], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.stdout.once('data', (chunk) => {
      console.log(which, 'first line:', String(chunk).split('\n')[0]);
      child.stdout.destroy();
    });
    child.on('close', (code, signal) => {
      const lines = stderr.split('\n').filter((line) => /EPIPE|done|listener|unhandled/.test(line) && !line.includes('node:'));
      console.log(which, 'exit', code, signal, lines);
      resolve();
    });
  });
  (async () => {
    for (const which of ['console', 'listener', 'unhandled']) await run(which);
  })();
}
