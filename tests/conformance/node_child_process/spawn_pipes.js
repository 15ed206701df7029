// child_process.spawn: writing a child's stdin and reading its stdout/stderr through pipes,
// exit codes, signals and kill(), the shell option, cwd and env, stdio 'inherit' and
// 'ignore', the 'spawn'/'exit'/'close' events and the ENOENT error.
const { spawn } = require('child_process');

const log = (...args) => console.log(...args);

function collect(child) {
  const out = { stdout: '', stderr: '' };
  if (child.stdout) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { out.stdout += d; });
  }
  if (child.stderr) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => { out.stderr += d; });
  }
  return out;
}

function step1(next) {
  const cat = spawn('cat');
  const out = collect(cat);
  const events = [];
  cat.on('spawn', () => events.push('spawn'));
  cat.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  cat.stdout.on('end', () => events.push('stdout end'));
  cat.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    log('cat:', JSON.stringify(out.stdout), events.includes('spawn'), events[events.length - 1]);
    log('pid is a number', typeof cat.pid === 'number' && cat.pid > 0, 'exitCode', cat.exitCode);
    next();
  });
  cat.stdin.write('hello ');
  cat.stdin.write(Buffer.from('from parent\n'));
  cat.stdin.end('bye\n');
}

function step2(next) {
  const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  const out = collect(child);
  child.on('close', (code, signal) => {
    log('sh:', JSON.stringify(out.stdout), JSON.stringify(out.stderr), code, signal, child.exitCode, child.signalCode);
    next();
  });
}

function step3(next) {
  const child = spawn('sleep', ['10']);
  child.on('exit', (code, signal) => {
    log('killed:', code, signal, child.killed, child.signalCode);
  });
  child.on('close', (code, signal) => {
    log('close after kill', code, signal);
    next();
  });
  setTimeout(() => {
    log('kill returned', child.kill());
  }, 20);
}

function step4(next) {
  const child = spawn('echo $((6 * 7)) "$GREETING" && pwd', { shell: true, cwd: '/', env: { GREETING: 'hi there', PATH: process.env.PATH } });
  const out = collect(child);
  child.on('close', (code) => {
    log('shell:', JSON.stringify(out.stdout), code);
    next();
  });
}

function step5(next) {
  console.log('before inherit');
  const child = spawn('sh', ['-c', 'echo from child'], { stdio: 'inherit' });
  child.on('close', (code) => {
    console.log('after inherit', code);
    log('stdio with inherit', child.stdin, child.stdout, child.stderr);
    const quiet = spawn('sh', ['-c', 'echo hidden; exit 3'], { stdio: ['pipe', 'ignore', 'ignore'] });
    quiet.on('close', (code2) => {
      log('ignore close', code2, quiet.stdout);
      next();
    });
    quiet.stdin.end();
  });
}

function step6(next) {
  const child = spawn('definitely-not-a-command-kiln', ['arg']);
  child.on('error', (e) => {
    log('error:', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs);
  });
  child.on('close', (code, signal) => {
    log('close after error', code, signal, child.pid);
    next();
  });
}

function step7(next) {
  // Signals by name and number, and an unknown signal.
  const child = spawn('sleep', ['10']);
  try {
    child.kill('SIGNOPE');
  } catch (e) {
    log('unknown signal:', e.name, e.code, e.message);
  }
  child.on('exit', (code, signal) => {
    log('exit by 9:', code, signal);
    next();
  });
  child.kill(9);
}

function step8(next) {
  // A child that exits while we still write: EPIPE on stdin.
  const child = spawn('sh', ['-c', 'exit 0']);
  child.stdin.on('error', (e) => log('stdin error', e.code));
  child.on('close', (code) => {
    log('early exit close', code);
    next();
  });
}

function step9(next) {
  try {
    spawn('');
  } catch (e) {
    log('empty file:', e.name, e.code, e.message);
  }
  try {
    spawn('echo', 'not-an-array');
  } catch (e) {
    log('bad args:', e.name, e.code, e.message);
  }
  try {
    spawn('echo', [], { stdio: 'bogus' });
  } catch (e) {
    log('bad stdio:', e.name, e.code, e.message);
  }
  try {
    spawn('echo', ['a\u0000b']);
  } catch (e) {
    log('null byte:', e.name, e.code, e.message);
  }
  next();
}

const steps = [step1, step2, step3, step4, step5, step6, step7, step8, step9];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
