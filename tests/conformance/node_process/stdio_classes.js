// process.stdout and process.stderr are node's classes for what they are connected to: a
// Socket on a pipe, a SyncWriteStream on a file (this program run again as a child with each),
// and an unhandled EPIPE names the Socket it was emitted on.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const mode = process.argv.find((arg) => arg.startsWith('--child='));
if (mode === '--child=names') {
  console.log(process.stdout.constructor.name, process.stderr.constructor.name);
} else if (mode === '--child=epipe') {
  for (let i = 0; i < 200000; i++) process.stdout.write(`line ${i}\n`);
} else {
  const piped = spawnSync(process.execPath, [__filename, '--child=names'], { encoding: 'utf8' });
  console.log('pipes:', piped.stdout.trim(), piped.status);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdio-'));
  const file = path.join(dir, 'out.txt');
  const fd = fs.openSync(file, 'w');
  const toFile = spawnSync(process.execPath, [__filename, '--child=names'], { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  console.log('files:', fs.readFileSync(file, 'utf8').trim(), toFile.status);
  fs.rmSync(dir, { recursive: true });

  // The reader goes away after the first bytes: the child's writes fail with EPIPE, which
  // nobody handles.
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, [__filename, '--child=epipe']);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  child.on('close', (code) => {
    const lines = stderr.split('\n');
    console.log('exit', code);
    console.log(lines.slice(0, 5).join('|'));
    console.log(lines.filter((line) => line.startsWith('Emitted') || line.startsWith('  code') || line.startsWith('  syscall')).join('|'));
  });
}
