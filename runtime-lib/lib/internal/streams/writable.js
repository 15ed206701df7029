'use strict';
// stream.Writable with node v20's semantics: write() buffering while a write is in flight
// (or corked, or under construction), write() returning false at highWaterMark and 'drain'
// once the buffer empties, _writev for batches, end()/_final()/'prefinish'/'finish', write
// callbacks deferred with process.nextTick when the write completed synchronously, destroy()
// failing buffered writes, and autoDestroy after 'finish'.

const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('internal/streams/errors');
const { ERR_INVALID_ARG_TYPE } = require('internal/validators');
const { isBuffer, lazyBuffer, nop, uint8ArrayToBuffer } = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;
const kOnFinished = Symbol('kOnFinished');

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.writableObjectMode) {
    this.objectMode = true;
  }
  this.highWaterMark = options
    ? getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex)
    : getDefaultHighWaterMark(false);
  this.finalCalled = false;
  this.needDrain = false;
  // end() was called.
  this.ending = false;
  // end() returned.
  this.ended = false;
  // 'finish' was emitted.
  this.finished = false;
  this.destroyed = false;
  // Strings are turned into Buffers before _write unless decodeStrings is false.
  this.decodeStrings = !options || options.decodeStrings !== false;
  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  // Bytes (or objects) written but not yet acknowledged by _write's callback.
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  // True while _write runs: a synchronous callback is then deferred to the next tick.
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  // Set from a _write call until its callback: a second call is an error.
  this.expectWriteCallback = false;
  // Synchronous completions of the same callback share one tick.
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  resetBuffer(this);
  // Callbacks not yet called: 'finish' waits for them.
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
  configurable: true,
});

// Runs once _construct called back.
WritableState.prototype.onConstructed = function onConstructed(stream) {
  if (!this.writing) {
    clearBuffer(stream, this);
  }
  if (this.ending) {
    finishMaybe(stream, this);
  }
};

function Writable(options) {
  if (!(this instanceof Writable)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, false);
  if (options) {
    if (typeof options.write === 'function') {
      this._write = options.write;
    }
    if (typeof options.writev === 'function') {
      this._writev = options.writev;
    }
    if (typeof options.destroy === 'function') {
      this._destroy = options.destroy;
    }
    if (typeof options.final === 'function') {
      this._final = options.final;
    }
    if (typeof options.construct === 'function') {
      this._construct = options.construct;
    }
    if (options.signal) {
      require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState.onConstructed(this);
    });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// A Duplex (which cannot inherit from Writable) still passes `instanceof Writable`.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) {
      return true;
    }
    if (this !== Writable) {
      return false;
    }
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, ERR_STREAM_CANNOT_PIPE());
};

function isEncoding(encoding) {
  return lazyBuffer().isEncoding(encoding);
}

// write() after its arguments were shuffled; returns true, false, or the error it reported.
function writeChunk(stream, chunk, encoding, callback) {
  const state = stream._writableState;
  if (callback == null || typeof callback !== 'function') {
    callback = nop;
  }
  if (chunk === null) {
    throw ERR_STREAM_NULL_VALUES();
  }
  if (!state.objectMode) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = uint8ArrayToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let error;
  if (state.ending) {
    error = ERR_STREAM_WRITE_AFTER_END();
  } else if (state.destroyed) {
    error = ERR_STREAM_DESTROYED('write');
  }
  if (error) {
    process.nextTick(callback, error);
    errorOrDestroy(stream, error, true);
    return error;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, callback);
}

// Writable.prototype.write(chunk[, encoding][, callback]).
Writable.prototype.write = function(chunk, encoding, callback) {
  if (encoding != null && typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, callback) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) {
      clearBuffer(this, state);
    }
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') {
    encoding = encoding.toLowerCase();
  }
  if (!isEncoding(encoding)) {
    throw ERR_UNKNOWN_ENCODING(encoding);
  }
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes now if nothing is in flight, else queues; the result is write()'s return value,
// computed after a synchronous write completed.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const length = state.objectMode ? 1 : chunk.length;
  state.length += length;
  if (state.writing || state.errored || state.corked || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') {
      state.allBuffers = false;
    }
    if (state.allNoop && callback !== nop) {
      state.allNoop = false;
    }
  } else {
    state.writelen = length;
    if (callback !== nop) {
      state.writecb = callback;
    }
    state.writing = true;
    state.sync = true;
    state.expectWriteCallback = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  const belowMark = state.length < state.highWaterMark || state.length === 0;
  if (!belowMark) {
    state.needDrain = true;
  }
  return belowMark && !state.destroyed && !state.errored;
}

function doWrite(stream, state, writev, length, chunk, encoding, callback) {
  state.writelen = length;
  if (callback !== nop) {
    state.writecb = callback;
  }
  state.writing = true;
  state.sync = true;
  state.expectWriteCallback = true;
  if (state.destroyed) {
    state.onwrite(ERR_STREAM_DESTROYED('write'));
  } else if (writev) {
    stream._writev(chunk, state.onwrite);
  } else {
    stream._write(chunk, encoding, state.onwrite);
  }
  state.sync = false;
}

function onwriteError(stream, state, error, callback) {
  --state.pendingcb;
  callback(error);
  // Buffered writes fail too, then the stream is destroyed.
  errorBuffer(state);
  errorOrDestroy(stream, error);
}

// The callback _write receives.
function onwrite(stream, error) {
  const state = stream._writableState;
  if (!state.expectWriteCallback) {
    errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK());
    return;
  }
  const sync = state.sync;
  const callback = state.writecb || nop;
  state.writecb = null;
  state.writing = false;
  state.expectWriteCallback = false;
  state.length -= state.writelen;
  state.writelen = 0;

  if (error) {
    error.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) {
      state.errored = error;
    }
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = error;
    }
    if (sync) {
      process.nextTick(onwriteError, stream, state, error, callback);
    } else {
      onwriteError(stream, state, error, callback);
    }
    return;
  }
  if (state.buffered.length > state.bufferedIndex) {
    clearBuffer(stream, state);
  }
  if (!sync) {
    afterWrite(stream, state, 1, callback);
    return;
  }
  // A synchronous completion: callbacks and 'drain' wait for the next tick; writes without
  // a callback that need no 'drain' (in byte mode) finish at once, as node v20 does.
  const needDrain = state.needDrain && state.length === 0;
  const needTick = needDrain || state.objectMode || callback !== nop;
  if (callback === nop) {
    if (!state.afterWritePending && needTick) {
      process.nextTick(afterWrite, stream, state, 1, callback);
      state.afterWritePending = true;
    } else {
      state.pendingcb--;
      if (state.ending) {
        finishMaybe(stream, state, true);
      }
    }
  } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.callback === callback) {
    state.afterWriteTickInfo.count++;
  } else if (needTick) {
    state.afterWriteTickInfo = { count: 1, callback, stream, state };
    process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    state.afterWritePending = true;
  } else {
    state.pendingcb--;
    if (state.ending) {
      finishMaybe(stream, state, true);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.callback);
}

function afterWrite(stream, state, count, callback) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !state.destroyed && state.needDrain && state.length === 0;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    callback(null);
  }
  if (state.destroyed) {
    errorBuffer(state);
  }
  if (state.ending) {
    finishMaybe(stream, state, true);
  }
}

function callFinishedCallbacks(state, error) {
  const callbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < callbacks.length; i++) {
    callbacks[i](error);
  }
}

// Fails every buffered write (the stream was destroyed or errored).
function errorBuffer(state) {
  if (state.writing) {
    return;
  }
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const length = state.objectMode ? 1 : chunk.length;
    state.length -= length;
    callback(state.errored != null ? state.errored : ERR_STREAM_DESTROYED('write'));
  }
  callFinishedCallbacks(state, state.errored != null ? state.errored : ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

// Writes what was buffered: all at once through _writev, or one by one.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) {
    return;
  }
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) {
    return;
  }
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (error) => {
      for (let n = i; n < buffered.length; ++n) {
        buffered[n].callback(error);
      }
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const length = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, length, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, callback) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], callback);
  } else {
    throw ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// Writable.prototype.end([chunk[, encoding]][, callback]).
Writable.prototype.end = function(chunk, encoding, callback) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }

  let error;
  if (chunk != null) {
    const result = writeChunk(this, chunk, encoding);
    if (result instanceof Error) {
      error = result;
    }
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (error) {
    // The write reported it.
  } else if (!state.ending && !state.errored) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    error = ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    error = ERR_STREAM_DESTROYED('end');
  }

  if (typeof callback === 'function') {
    if (error) {
      process.nextTick(callback, error);
    } else if (state.errored) {
      process.nextTick(callback, state.errored);
    } else if (state.finished) {
      process.nextTick(callback, null);
    } else {
      state[kOnFinished].push(callback);
    }
  }
  return this;
};

function needFinish(state) {
  return (
    state.ending &&
    !state.destroyed &&
    state.constructed &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted &&
    !state.errored &&
    state.buffered.length === 0 &&
    state.length === 0
  );
}

// The callback _final receives.
function onFinal(stream, state, error) {
  if (state.prefinished) {
    errorOrDestroy(stream, error != null ? error : ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (error) {
    callFinishedCallbacks(state, error);
    errorOrDestroy(stream, error, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // _final may call back synchronously: 'finish' is always a tick later.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) {
    return;
  }
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((error) => onFinal(stream, state, error));
    } catch (error) {
      onFinal(stream, state, error);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((target, targetState) => {
          if (needFinish(targetState)) {
            finish(target, targetState);
          } else {
            targetState.pendingcb--;
          }
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed once both sides are done.
    const readableState = stream._readableState;
    const autoDestroy = !readableState ||
      (readableState.autoDestroy && (readableState.endEmitted || readableState.readable === false));
    if (autoDestroy) {
      stream.destroy();
    }
  }
}

function defineGetter(name, get, set) {
  Object.defineProperty(Writable.prototype, name, { get, set, enumerable: false, configurable: true });
}

defineGetter('closed', function() {
  return this._writableState ? this._writableState.closed : false;
});
defineGetter('destroyed', function() {
  return this._writableState ? this._writableState.destroyed : false;
}, function(value) {
  if (this._writableState) {
    this._writableState.destroyed = value;
  }
});
defineGetter('writable', function() {
  const state = this._writableState;
  return !!state && state.writable !== false && !state.destroyed && !state.errored && !state.ending && !state.ended;
}, function(value) {
  if (this._writableState) {
    this._writableState.writable = !!value;
  }
});
defineGetter('writableFinished', function() {
  return this._writableState ? this._writableState.finished : false;
});
defineGetter('writableObjectMode', function() {
  return this._writableState ? this._writableState.objectMode : false;
});
defineGetter('writableBuffer', function() {
  return this._writableState && this._writableState.getBuffer();
});
defineGetter('writableEnded', function() {
  return this._writableState ? this._writableState.ending : false;
});
defineGetter('writableNeedDrain', function() {
  const state = this._writableState;
  if (!state) {
    return false;
  }
  return !state.destroyed && !state.ending && state.needDrain;
});
defineGetter('writableHighWaterMark', function() {
  return this._writableState && this._writableState.highWaterMark;
});
defineGetter('writableCorked', function() {
  return this._writableState ? this._writableState.corked : 0;
});
defineGetter('writableLength', function() {
  return this._writableState && this._writableState.length;
});
defineGetter('errored', function() {
  return this._writableState ? this._writableState.errored : null;
});
defineGetter('writableAborted', function() {
  const state = this._writableState;
  return state.writable !== false && !!(state.destroyed || state.errored) && !state.finished;
});

const destroy = destroyImpl.destroy;
// Writable.prototype.destroy([error][, callback]): buffered writes fail on the next tick.
Writable.prototype.destroy = function(error, callback) {
  const state = this._writableState;
  if (!state.destroyed && (state.buffered.length > 0 || state[kOnFinished].length > 0)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, error, callback);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(error, callback) {
  callback(error);
};
Writable.prototype[require('events').captureRejectionSymbol] = function(error) {
  this.destroy(error);
};

module.exports = Writable;
