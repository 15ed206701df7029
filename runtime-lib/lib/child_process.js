'use strict';
// node:child_process — spawn, exec, execFile and their synchronous forms, with node v20's
// argument validation, defaults (the shell, maxBuffer, killSignal, encoding) and error
// objects (`Command failed: …` with code/killed/signal/cmd, `spawn x ENOENT`, status and
// stderr on execSync failures). fork() needs an IPC channel, which kiln does not have yet.

const { Buffer } = require('buffer');
const {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  spawnSync: spawnSyncInternal,
} = require('internal/child_process');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  codedError,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const stdioBinding = require('internal:stdio');

const MAX_BUFFER = 1024 * 1024;
const kEmptyObject = Object.freeze({ __proto__: null });

function isInt32(value) {
  return value === (value | 0);
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) {
    validateArgumentNullCheck(args[i], `${propName}[${i}]`);
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

function getValidatedCwd(cwd) {
  if ((typeof URL === 'function' && cwd instanceof URL) || (cwd !== null && typeof cwd === 'object' && cwd.href !== undefined && cwd.protocol !== undefined)) {
    if (cwd.protocol !== 'file:') {
      throw codedError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return decodeURIComponent(cwd.pathname);
  }
  if (typeof cwd !== 'string' && !(cwd instanceof Uint8Array)) {
    throw ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  }
  const text = typeof cwd === 'string' ? cwd : Buffer.from(cwd).toString();
  if (text.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE('options.cwd', cwd, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return text;
}

// node's normalizeSpawnArguments: the file, argv (argv0 first), cwd, environment pairs.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) {
    throw ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = getValidatedCwd(cwd);
  }
  if (options.detached != null) {
    validateBoolean(options.detached, 'options.detached');
  }
  if (options.uid != null && !isInt32(options.uid)) {
    throw ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) {
    validateBoolean(options.windowsHide, 'options.windowsHide');
  }
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }

  if (typeof options.argv0 === 'string') {
    args.unshift(options.argv0);
  } else {
    args.unshift(file);
  }

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// child_process.spawn(command[, args][, options]).
function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (error) {
          child.emit('error', error);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) {
        const { AbortError } = require('internal/validators');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else if (typeof signal.addEventListener === 'function') {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

// child_process.exec(command[, options][, callback]).
function exec(command, options, callback) {
  const normalized = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(normalized.file, normalized.options, normalized.callback);
}

// util.promisify(exec) and util.promisify(execFile): a promise of `{ stdout, stderr }`, or
// rejected with the error carrying both; the ChildProcess is the promise's `child`.
function promisifiedExec(original) {
  return function (...args) {
    let settle;
    const promise = new Promise((resolve, reject) => {
      settle = { resolve, reject };
    });
    promise.child = original(...args, (error, stdout, stderr) => {
      if (error !== null) {
        error.stdout = stdout;
        error.stderr = stderr;
        settle.reject(error);
      } else {
        settle.resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) {
    args = [];
  }
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null) {
    options = kEmptyObject;
  }
  if (callback != null) {
    validateFunction(callback, 'callback');
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name) {
  return codedError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
}

// child_process.execFile(file[, args][, options][, callback]).
function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  let encoding;
  const stdoutChunks = [];
  const stderrChunks = [];
  if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) {
    encoding = options.encoding;
  } else {
    encoding = null;
  }
  let stdoutLength = 0;
  let stderrLength = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let error = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) {
      return;
    }
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) {
      return;
    }
    let stdout;
    let stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) {
      stdout = stdoutChunks.join('');
    } else {
      stdout = Buffer.concat(stdoutChunks);
    }
    if (encoding || (child.stderr && child.stderr.readableEncoding)) {
      stderr = stderrChunks.join('');
    } else {
      stderr = Buffer.concat(stderrChunks);
    }
    if (!error && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) {
      cmd += ` ${args.join(' ')}`;
    }
    if (!error) {
      error = new Error(`Command failed: ${cmd}\n${stderr}`);
      error.code = code < 0 ? stdioBinding.errname(code) : code;
      error.killed = child.killed || killed;
      error.signal = signal;
    }
    error.cmd = cmd;
    callback(error, stdout, stderr);
  }

  function errorhandler(thrown) {
    error = thrown;
    if (child.stdout) {
      child.stdout.destroy();
    }
    if (child.stderr) {
      child.stderr.destroy();
    }
    exithandler();
  }

  function kill() {
    if (child.stdout) {
      child.stdout.destroy();
    }
    if (child.stderr) {
      child.stderr.destroy();
    }
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (thrown) {
      error = thrown;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, name, addLength, getLength) {
    if (encoding) {
      stream.setEncoding(encoding);
    }
    stream.on('data', (chunk) => {
      if (getLength() > options.maxBuffer) {
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      addLength(length);
      if (getLength() > options.maxBuffer) {
        const truncated = options.maxBuffer - (getLength() - length);
        chunks.push(chunk.slice(0, truncated));
        error = ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }

  if (child.stdout) {
    collect(child.stdout, stdoutChunks, 'stdout', (n) => { stdoutLength += n; }, () => stdoutLength);
  }
  if (child.stderr) {
    collect(child.stderr, stderrChunks, 'stderr', (n) => { stderrLength += n; }, () => stderrLength);
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// child_process.spawnSync(command[, args][, options]).
function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) {
    const stdin = options.stdio[0] = { ...options.stdio[0] };
    stdin.input = options.input;
  }
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      const pipe = options.stdio[i] = { ...options.stdio[i] };
      if (ArrayBuffer.isView(input)) {
        pipe.input = input;
      } else if (typeof input === 'string') {
        pipe.input = Buffer.from(input, options.encoding);
      } else {
        throw ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
    }
  }
  return spawnSyncInternal(options);
}

function checkExecSyncError(result, args, cmd) {
  let error;
  if (result.error) {
    error = result.error;
    Object.assign(error, result);
  } else if (result.status !== 0) {
    let message = 'Command failed: ';
    message += cmd || args.join(' ');
    if (result.stderr && result.stderr.length > 0) {
      message += `\n${result.stderr.toString()}`;
    }
    error = new Error(message);
    Object.assign(error, result);
  }
  return error;
}

// child_process.execFileSync(file[, args][, options]).
function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr) {
    process.stderr.write(result.stderr);
  }
  const error = checkExecSyncError(result, [options.argv0 || file, ...args], undefined);
  if (error) {
    throw error;
  }
  return result.stdout;
}

// child_process.execSync(command[, options]).
function execSync(command, options) {
  const normalized = normalizeExecArgs(command, options, null);
  const inheritStderr = !normalized.options.stdio;
  const result = spawnSync(normalized.file, normalized.options);
  if (inheritStderr && result.stderr) {
    process.stderr.write(result.stderr);
  }
  const error = checkExecSyncError(result, undefined, command);
  if (error) {
    throw error;
  }
  return result.stdout;
}

function fork() {
  throw new Error('kiln does not implement child_process.fork() yet (it needs an IPC channel)');
}

for (const original of [exec, execFile]) {
  Object.defineProperty(original, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: false,
    writable: false,
    configurable: true,
    value: promisifiedExec(original),
  });
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
