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
      this.push(null);
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
    binding.writeSync(this.fd, chunk, encoding === 'buffer' ? undefined : encoding);
    callback();
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

module.exports = { FdReadStream, FdWriteStream, StdioWriteStream };
