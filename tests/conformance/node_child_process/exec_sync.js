// exec/execFile (callback with (err, stdout, stderr) and node's error fields), execSync,
// execFileSync and spawnSync (return values, status/signal/output, input, encoding, throwing
// on failure with status and stderr, timeouts, maxBuffer).
const cp = require('child_process');

const log = (...args) => console.log(...args);

function step1(next) {
  cp.exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
    log('exec:', err, JSON.stringify(stdout), JSON.stringify(stderr));
    cp.exec('echo partial; exit 4', (err2, stdout2, stderr2) => {
      log('exec fail:', err2.message.split('\n'), err2.code, err2.killed, err2.signal, err2.cmd, JSON.stringify(stdout2));
      log('error keys', Object.keys(err2));
      next();
    });
  });
}

function step2(next) {
  cp.execFile('printf', ['%s-%s', 'a', 'b'], (err, stdout) => {
    log('execFile:', err, JSON.stringify(stdout));
    cp.execFile('printf', ['bytes'], { encoding: 'buffer' }, (err2, stdout2) => {
      log('buffer:', Buffer.isBuffer(stdout2), stdout2.toString());
      cp.execFile('no-such-program-kiln', ['x'], (err3, stdout3, stderr3) => {
        log('execFile ENOENT:', err3.code, err3.message, err3.cmd, JSON.stringify(stdout3), JSON.stringify(stderr3));
        next();
      });
    });
  });
}

function step3(next) {
  const child = cp.exec('sleep 5', { timeout: 50 }, (err) => {
    log('timeout:', err.killed, err.signal, err.code, err.cmd);
    cp.exec('yes | head -c 5000', { maxBuffer: 100 }, (err2, stdout2) => {
      log('maxBuffer:', err2.name, err2.code, err2.message, stdout2.length);
      next();
    });
  });
  log('exec returns a ChildProcess', child instanceof cp.ChildProcess);
}

function step4(next) {
  log('execSync:', JSON.stringify(cp.execSync('echo sync').toString()));
  log('execSync encoding:', JSON.stringify(cp.execSync('echo enc', { encoding: 'utf8' })));
  log('execSync input:', JSON.stringify(cp.execSync('tr a-z A-Z', { input: 'shout' }).toString()));
  try {
    cp.execSync('echo bad >&2; exit 5', { stdio: 'pipe' });
  } catch (e) {
    log('execSync throws:', e.message.split('\n'), e.status, e.signal, JSON.stringify(e.stderr.toString()), JSON.stringify(e.stdout.toString()));
    log('error keys', Object.keys(e));
  }
  log('execFileSync:', JSON.stringify(cp.execFileSync('printf', ['%d', '42'], { encoding: 'utf8' })));
  try {
    cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'pipe' });
  } catch (e) {
    log('execFileSync throws:', e.message, e.status);
  }
  try {
    cp.execFileSync('no-such-program-kiln');
  } catch (e) {
    log('execFileSync ENOENT:', e.code, e.message, e.syscall, e.path, e.spawnargs);
  }
  next();
}

function step5(next) {
  const ok = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  log('spawnSync keys', Object.keys(ok));
  log('spawnSync:', ok.status, ok.signal, ok.output[0], ok.stdout.toString(), ok.stderr.toString(), typeof ok.pid);
  const enc = cp.spawnSync('cat', { input: 'typed input', encoding: 'utf8' });
  log('spawnSync input:', JSON.stringify(enc.stdout), enc.status);
  const killed = cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
  log('spawnSync timeout:', killed.status, killed.signal, killed.error.code, killed.error.message);
  const missing = cp.spawnSync('no-such-program-kiln', ['a', 'b']);
  log('spawnSync ENOENT:', missing.status, missing.output, missing.pid, missing.error.message, missing.error.spawnargs);
  const big = cp.spawnSync('sh', ['-c', 'yes | head -c 300000']);
  log('spawnSync large output', big.stdout.length, big.status);
  const overflow = cp.spawnSync('sh', ['-c', 'yes | head -c 300000'], { maxBuffer: 1000 });
  log('spawnSync maxBuffer', overflow.error && overflow.error.code, overflow.signal);
  next();
}

const steps = [step1, step2, step3, step4, step5];
function run(i) {
  if (i === steps.length) {
    log('done');
    return;
  }
  log(`--- step ${i + 1}`);
  steps[i](() => run(i + 1));
}
run(0);
