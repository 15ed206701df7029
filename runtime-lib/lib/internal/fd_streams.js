'use strict';
// Streams over file descriptors, on the `internal:stdio` binding: FdReadStream (process.stdin
// and the output pipes of child processes: each _read is one read(2) on the event loop's
// blocking pool, delivered in the poll phase as a Buffer), FdWriteStream (the input pipe of a
// child process: writes on the blocking pool), and StdioWriteStream (process.stdout/stderr:
// synchronous writes into the runtime's output buffer, as node writes to files, pipes and
// terminals synchronously on Linux).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { lazyBuffer } = require('internal/streams/utils');
const { validateInteger } = require('internal/validators');
const binding = require('internal:stdio');

// node reads up to 64 KiB at a time.
const kReadSize = 64 * 1024;
const kNoRequest = -1;

// A Readable over `fd`. Options: the Readable's, plus `ownsFd` (close it when done).
class FdReadStream extends Readable {
  constructor(fd, options = {}) {
    super(options);
    this.fd = fd;
    this._ownsFd = !!options.ownsFd;
    // The read in flight (its request id), and whether it keeps the loop alive.
    this._request = kNoRequest;
    this._refed = true;
    this._readPaused = false;
    this._closed = false;
  }

  _read() {
    if (this._request !== kNoRequest || this._closed) {
      return;
    }
    this._request = binding.read(this.fd, kReadSize, (error, bytes) => this._onRead(error, bytes));
    if (!this._keepsLoopAlive()) {
      binding.setRef(this._request, false);
    }
  }

  _onRead(error, bytes) {
    this._request = kNoRequest;
    if (this.destroyed) {
      this._closeFd();
      return;
    }
    if (error) {
      // A descriptor that is not open (node's stdin when fd 0 is closed) reads as empty.
      if (error.code === 'EBADF' || error.code === 'EIO') {
        this.push(null);
      } else {
        this.destroy(error);
      }
      return;
    }
    if (bytes === null) {
      // As node's sockets: the end is pushed and read(0) lets a paused stream emit 'end' too.
      this.push(null);
      this.read(0);
      return;
    }
    this.push(lazyBuffer().from(bytes));
  }

  _keepsLoopAlive() {
    return this._refed && !this._readPaused;
  }

  _updateRef() {
    if (this._request !== kNoRequest) {
      binding.setRef(this._request, this._keepsLoopAlive());
    }
  }

  // A paused stream (node's readStop) does not keep the process alive.
  _setReadPaused(paused) {
    this._readPaused = paused;
    this._updateRef();
  }

  ref() {
    this._refed = true;
    this._updateRef();
    return this;
  }

  unref() {
    this._refed = false;
    this._updateRef();
    return this;
  }

  _closeFd() {
    if (!this._closed) {
      this._closed = true;
      if (this._ownsFd) {
        binding.close(this.fd);
      }
    }
  }

  _destroy(error, callback) {
    if (this._request !== kNoRequest) {
      // The read in flight closes the descriptor when it returns.
      binding.setRef(this._request, false);
    } else {
      this._closeFd();
    }
    callback(error);
  }
}

// A Writable over a pipe `fd` this process owns; end() closes it.
class FdWriteStream extends Writable {
  constructor(fd, options = {}) {
    super(options);
    this.fd = fd;
    this._request = kNoRequest;
    this._closed = false;
    this._pendingClose = false;
  }

  _write(chunk, encoding, callback) {
    this._request = binding.write(this.fd, chunk, (error) => {
      this._request = kNoRequest;
      if (this._pendingClose) {
        this._closeFd();
      }
      if (error) {
        callback(error);
      } else {
        callback();
      }
    });
  }

  _final(callback) {
    this._closeFd();
    callback();
  }

  _closeFd() {
    if (this._request !== kNoRequest) {
      this._pendingClose = true;
      return;
    }
    if (!this._closed) {
      this._closed = true;
      binding.close(this.fd);
    }
  }

  _destroy(error, callback) {
    this._closeFd();
    callback(error);
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}

// process.stdout / process.stderr.
class StdioWriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false });
    this.fd = fd;
    this._isStdio = true;
    const type = binding.guessHandleType(fd);
    this._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : type === 'PIPE' || type === 'UNIX' ? 'pipe' : 'unknown';
    if (type === 'TTY') {
      this.isTTY = true;
      this._refreshSize();
    }
    // The descriptor is never closed: destroy() and end() leave the stream usable.
    this.destroySoon = this.destroy;
  }

  _write(chunk, encoding, callback) {
    // An error is that of a failed write to stdout (EPIPE once the reader is gone), maybe of
    // an earlier chunk still buffered then; it becomes the stream's 'error', as in node.
    const error = binding.writeSync(this.fd, chunk, encoding === 'buffer' ? undefined : encoding);
    callback(error);
  }

  _destroy(error, callback) {
    callback(error);
    this._undestroy();
    if (!this._writableState.emitClose) {
      process.nextTick(() => {
        this.emit('close');
      });
    }
  }

  _refreshSize() {
    const size = binding.windowSize(this.fd);
    if (size !== undefined) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}

// process.stdout/stderr on a terminal (node's tty.WriteStream): also the colour queries.
class TtyWriteStream extends StdioWriteStream {
  // tty.WriteStream#getColorDepth([env]): 1, 4, 8 or 24 bits, from the environment as node
  // decides (FORCE_COLOR, NO_COLOR, TERM, COLORTERM, CI, ...). Only terminals have it.
  getColorDepth(env = process.env) {
    return colorDepth(env);
  }

  // tty.WriteStream#hasColors([count][, env]).
  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else {
      validateInteger(count, 'count', 2);
    }
    return count <= 2 ** colorDepth(env);
  }
}

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16M = 24;
// TERM values with a known depth, and patterns of 16-colour terminals.
const kTermDepths = {
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16M,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16M,
  'terminator': COLORS_16M,
};
const kTermPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const kCiNames = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
let warnedAboutForceColor = false;

function warnOnDeactivatedColors(env) {
  if (warnedAboutForceColor) {
    return;
  }
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) {
    name = 'NODE_DISABLE_COLORS';
  }
  if (env.NO_COLOR !== undefined) {
    if (name !== '') {
      name += "' and '";
    }
    name += 'NO_COLOR';
  }
  if (name !== '') {
    require('internal/warning').emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warnedAboutForceColor = true;
  }
}

function colorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16M;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) {
    return COLORS_256;
  }
  if (env.CI) {
    if (kCiNames.some((name) => name in env) || env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16M;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') {
    return COLORS_16M;
  }
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) {
      return COLORS_256;
    }
    const term = env.TERM.toLowerCase();
    if (kTermDepths[term]) {
      return kTermDepths[term];
    }
    if (kTermPatterns.some((pattern) => pattern.test(term))) {
      return COLORS_16;
    }
  }
  if (env.COLORTERM) {
    return COLORS_16;
  }
  return COLORS_2;
}

// node's classes for stdout and stderr on a pipe or socket (net.Socket) and on a file
// (SyncWriteStream), by name: `process.stdout.constructor.name`, an unhandled EPIPE's
// "Emitted 'error' event on Socket instance".
class Socket extends StdioWriteStream {}
class SyncWriteStream extends StdioWriteStream {}

// The stream for stdout (1) or stderr (2): a terminal gets the tty methods.
function createStdioWriteStream(fd) {
  if (binding.isatty(fd)) {
    return new TtyWriteStream(fd);
  }
  const type = binding.guessHandleType(fd);
  if (type === 'PIPE' || type === 'UNIX' || type === 'TCP') {
    return new Socket(fd);
  }
  return type === 'FILE' ? new SyncWriteStream(fd) : new StdioWriteStream(fd);
}

module.exports = { FdReadStream, FdWriteStream, StdioWriteStream, TtyWriteStream, createStdioWriteStream };
