'use strict';
// The ChildProcess class (node's lib/internal/child_process.js): an EventEmitter around one
// process started by `internal:child_process`. Its pipes are streams over descriptors
// (internal/fd_streams); its exit arrives from the event loop's blocking pool. Events follow
// node: 'spawn' on the next tick, 'exit' (code, signal) when the process ended, 'close' once
// it ended and every output pipe closed, and for a program that cannot be started an 'error'
// (`spawn <file> ENOENT`) followed by 'close' with the negative errno.

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { FdReadStream, FdWriteStream } = require('internal/fd_streams');
const binding = require('internal:child_process');
const stdioBinding = require('internal:stdio');
const { ERR_INVALID_ARG_VALUE, codedError, validateArray, validateObject, validateString } = require('internal/validators');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

let signals;
let signalNames;

// os.constants.signals, and its inverse.
function signalTables() {
  if (signals === undefined) {
    signals = require('os').constants.signals;
    signalNames = {};
    for (const name of Object.keys(signals)) {
      if (signalNames[signals[name]] === undefined) {
        signalNames[signals[name]] = name;
      }
    }
  }
  return { signals, signalNames };
}

function signalName(number) {
  return signalTables().signalNames[number];
}

function ERR_UNKNOWN_SIGNAL(signal) {
  return codedError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
}

// A signal name or number as the number to send (node's convertToValidSignal).
function convertToValidSignal(signal) {
  const tables = signalTables();
  if (typeof signal === 'number' && tables.signalNames[signal]) {
    return signal;
  }
  if (typeof signal === 'string') {
    const number = tables.signals[signal.toUpperCase()];
    if (number) {
      return number;
    }
  }
  throw ERR_UNKNOWN_SIGNAL(signal);
}

// node's errnoException: `${syscall} ${CODE}` with errno, code and syscall.
function errnoException(errno, syscall, original) {
  const code = stdioBinding.errname(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// The `stdio` option as a list of { type, fd }: 'pipe', 'ignore', 'inherit', descriptors and
// streams with a descriptor.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) {
    stdio.push(undefined);
  }
  const result = stdio.map((entry, index) => {
    if (entry == null) {
      entry = index < 3 ? 'pipe' : 'ignore';
    }
    if (entry === 'ignore') {
      return { type: 'ignore' };
    }
    if (entry === 'pipe' || entry === 'overlapped') {
      return { type: 'pipe' };
    }
    if (entry === 'inherit') {
      return { type: 'inherit', fd: index };
    }
    if (entry === 'ipc') {
      throw new Error('kiln does not implement IPC channels for child processes yet');
    }
    if (typeof entry === 'number' || (entry !== null && typeof entry === 'object' && typeof entry.fd === 'number')) {
      const fd = typeof entry === 'number' ? entry : entry.fd;
      return { type: 'fd', fd };
    }
    throw ERR_INVALID_ARG_VALUE('stdio', entry);
  });
  if (result.length > 3 && result.slice(3).some((entry) => entry.type !== 'ignore')) {
    throw new Error('kiln supports only stdin, stdout and stderr in the stdio option');
  }
  return { stdio: result, sync };
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// After the exit, output nobody reads is drained so the pipes reach their end and 'close'.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) {
    return;
  }
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.readableDidRead || stream._readableState.readableListening ||
      stream.listenerCount('data') > 0) {
      continue;
    }
    stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = { pid: 0, request: -1, refed: true };
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio || 'pipe', false).stdio;
    options.stdio = stdio;
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const result = binding.spawn({
      file: options.file,
      args: options.args || [],
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio,
      detached: !!options.detached,
      uid: options.uid,
      gid: options.gid,
    });
    const error = result.error;
    if (error === UV_EACCES || error === UV_EAGAIN || error === UV_EMFILE || error === UV_ENFILE || error === UV_ENOENT) {
      process.nextTick(onErrorNT, this, error);
      if (error === UV_EMFILE || error === UV_ENFILE) {
        return error;
      }
    } else if (error) {
      this._handle = null;
      throw errnoException(error, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }

    const started = !error;
    if (started) {
      this.pid = result.pid;
      this._handle.pid = result.pid;
      this._handle.request = binding.wait(result.pid, (code, signal) => this._onExit(code, signal), result.sharesOutput);
    }

    const streams = stdio.map((entry, index) => {
      if (entry.type !== 'pipe') {
        return null;
      }
      if (!started) {
        // node makes handle-less sockets when the program could not start.
        return index === 0 ? new Writable({ write(chunk, encoding, callback) { callback(); } }) : new Readable({ read() {} });
      }
      const fd = result.fds[index];
      let stream;
      if (index === 0) {
        stream = new FdWriteStream(fd);
      } else {
        stream = new FdReadStream(fd, { ownsFd: true });
        this._closesNeeded++;
        stream.on('close', () => {
          maybeClose(this);
        });
      }
      return stream;
    });
    this.stdin = streams[0];
    this.stdout = streams[1];
    this.stderr = streams[2];
    this.stdio = streams;
    return error;
  }

  // The process ended: `code` is its exit code (or a negative errno), `signal` the number of
  // the signal that killed it.
  _onExit(code, signal) {
    if (signal !== null && signal !== undefined) {
      this.signalCode = signalName(signal) || null;
    } else {
      this.exitCode = code;
    }
    if (this.stdin) {
      this.stdin.destroy();
    }
    this._handle = null;
    if (code !== null && code < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const error = errnoException(code, syscall);
      if (this.spawnfile) {
        error.path = this.spawnfile;
      }
      error.spawnargs = this.spawnargs.slice(1);
      this.emit('error', error);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(signal) {
    const number = signal === 0 ? signal : convertToValidSignal(signal === undefined ? 'SIGTERM' : signal);
    if (this._handle && this._handle.pid) {
      const error = binding.kill(this._handle.pid, number);
      if (error === 0) {
        this.killed = true;
        return true;
      }
      if (error === UV_ESRCH) {
        // Already gone.
      } else if (error === UV_EINVAL || error === UV_ENOSYS) {
        throw errnoException(error, 'kill');
      } else {
        this.emit('error', errnoException(error, 'kill'));
      }
    }
    return false;
  }

  ref() {
    if (this._handle && this._handle.request !== -1) {
      this._handle.refed = true;
      stdioBinding.setRef(this._handle.request, true);
    }
  }

  unref() {
    if (this._handle && this._handle.request !== -1) {
      this._handle.refed = false;
      stdioBinding.setRef(this._handle.request, false);
    }
  }
}

function onErrorNT(child, error) {
  child._onExit(error, null);
}

// The synchronous spawn: { status, signal, output, pid, stdout, stderr } and `error` when
// it could not run to its end.
function spawnSync(options) {
  const stdio = options.stdio;
  let input;
  if (stdio[0] && stdio[0].input !== undefined) {
    input = stdio[0].input;
  }
  const raw = binding.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    input,
    timeout: options.timeout || 0,
    maxBuffer: options.maxBuffer,
    killSignal: options.killSignal,
  });
  const { Buffer } = require('buffer');
  const result = {};
  let error;
  if (raw.error) {
    error = raw.error;
    result.error = undefined;
  }
  const started = raw.pid !== undefined;
  result.status = started ? raw.status : null;
  result.signal = started && raw.signal !== null ? signalName(raw.signal) || null : null;
  if (started) {
    result.output = raw.output.map((bytes) => (bytes === null ? null : Buffer.from(bytes)));
  } else {
    result.output = null;
  }
  result.pid = started ? raw.pid : 0;
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < result.output.length; i++) {
      if (result.output[i]) {
        result.output[i] = result.output[i].toString(options.encoding);
      }
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (error) {
    result.error = errnoException(error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  } else {
    delete result.error;
  }
  return result;
}

module.exports = { ChildProcess, convertToValidSignal, errnoException, getValidStdio, signalName, spawnSync };
