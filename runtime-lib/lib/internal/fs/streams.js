'use strict';
// fs.ReadStream and fs.WriteStream (node v20's lib/internal/fs/streams.js) over fs's callback
// API, which runs each open/read/write/close on the event loop's blocking pool: the file is
// opened in _construct ('open' then 'ready'), ReadStream reads highWaterMark-sized (64 KiB)
// pieces between `start` and `end` (inclusive), WriteStream writes every chunk fully at its
// position, and both close the descriptor when they are destroyed (autoClose) — after the
// operation in flight, if any. A custom `fs` option provides open/read/write/close.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { ERR_STREAM_DESTROYED } = require('internal/streams/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
  codedError,
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const { getOptions, getValidatedFd, toPathIfFileURL, validatePath } = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kEmptyObject = Object.freeze({ __proto__: null });

let fs;
function lazyFs() {
  if (fs === undefined) {
    fs = require('fs');
  }
  return fs;
}

// Opens the file unless a descriptor was given; a subclass's own open() is honoured.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // A subclass that overrides open(): it emits 'open' (or 'error') when done.
    const originalEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = originalEmit;
        callback();
        originalEmit.apply(this, args);
      } else if (args[0] === 'error') {
        this.emit = originalEmit;
        callback(args[1]);
      } else {
        originalEmit.apply(this, args);
      }
    };
    stream.open();
  } else {
    stream[kFs].open(stream.path, stream.flags, stream.mode, (error, fd) => {
      if (error) {
        callback(error);
      } else {
        stream.fd = fd;
        callback();
        stream.emit('open', stream.fd);
        stream.emit('ready');
      }
    });
  }
}

function close(stream, error, callback) {
  if (!stream.fd) {
    callback(error);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushError) => {
      closeFd(stream, error || flushError, callback);
    });
  } else {
    closeFd(stream, error, callback);
  }
}

function closeFd(stream, error, callback) {
  stream[kFs].close(stream.fd, (closeError) => {
    callback(closeError || error);
  });
  stream.fd = null;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  throw ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// fs.ReadStream(path[, options]).
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) {
    return new ReadStream(path, options);
  }
  options = { ...getOptions(options, kEmptyObject) };
  if (options.highWaterMark === undefined) {
    options.highWaterMark = 64 * 1024;
  }
  if (options.autoDestroy === undefined) {
    options.autoDestroy = false;
  }
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyFs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) {
    validateFunction(this[kFs].close, 'options.fs.close');
  }
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    return this._readableState.autoDestroy;
  },
  set(value) {
    this._readableState.autoDestroy = value;
  },
  configurable: true,
});

// The default open(), which _construct recognises (node deprecates calling it).
function openReadFs() {}
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos, (error, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, error);
      return;
    }
    if (error) {
      errorOrDestroy(this, error);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) {
        this.pos += bytesRead;
      }
      this.bytesRead += bytesRead;
      let chunk = buffer;
      if (bytesRead !== buffer.length) {
        chunk = Buffer.allocUnsafeSlow(bytesRead);
        buffer.copy(chunk, 0, 0, bytesRead);
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(error, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioError) => close(this, error || ioError, callback));
  } else {
    close(this, error, callback);
  }
};

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') {
    finished(this, callback);
  }
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() {
    return this.fd === null;
  },
  configurable: true,
});

// fs.WriteStream(path[, options]).
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) {
    return new WriteStream(path, options);
  }
  options = { ...getOptions(options, kEmptyObject) };
  options.decodeStrings = true;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyFs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (!this[kFs].write) {
    throw ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  validateFunction(this[kFs].write, 'options.fs.write');
  if (options.autoDestroy) {
    validateFunction(this[kFs].close, 'options.fs.close');
  }
  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) {
    this.setDefaultEncoding(options.encoding);
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    return this._writableState.autoDestroy;
  },
  set(value) {
    this._writableState.autoDestroy = value;
  },
  configurable: true,
});

function openWriteFs() {}
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// Writes all `size` bytes of `data` at `position`, retrying short writes.
function writeAll(data, size, position, callback, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, position, (error, bytesWritten) => {
    if (error && error.code === 'EAGAIN') {
      error = null;
      bytesWritten = 0;
    }
    if (this.destroyed || error) {
      callback(error || ERR_STREAM_DESTROYED('write'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (position !== undefined && position !== null) {
      position += bytesWritten;
    }
    if (retries > 5) {
      callback(codedError('Error', 'ERR_SYSTEM_ERROR', 'A system error occurred: write failed'));
    } else if (size) {
      writeAll.call(this, data.subarray(bytesWritten), size, position, callback, retries);
    } else {
      callback();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (error) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      callback(error);
      this.emit(kIoDone, error);
      return;
    }
    callback(error);
  });
  if (this.pos !== undefined) {
    this.pos += data.length;
  }
};

WriteStream.prototype._destroy = function(error, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioError) => close(this, error || ioError, callback));
  } else {
    close(this, error, callback);
  }
};

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  if (!this.autoClose) {
    this.on('finish', this.destroy);
  }
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() {
    return this.fd === null;
  },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
