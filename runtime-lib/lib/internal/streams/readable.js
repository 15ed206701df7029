'use strict';
// stream.Readable with node v20's semantics: the paused and flowing modes, the internal buffer
// up to highWaterMark, read(n), push()/unshift(), setEncoding() (string_decoder), 'data',
// 'readable', 'end', 'pause'/'resume', pipe()/unpipe() with backpressure, async iteration,
// destroy() and autoDestroy. Events that node defers are deferred with process.nextTick at the
// same points, so the order of events matches node's.

const { Stream, prependListener } = require('internal/streams/legacy');
const BufferList = require('internal/streams/buffer_list');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end_of_stream');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  ERR_UNKNOWN_ENCODING,
  aggregateTwoErrors,
} = require('internal/streams/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, validateObject } = require('internal/validators');
const { isBuffer, lazyBuffer, nop, uint8ArrayToBuffer } = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
const MAX_HWM = 0x40000000;

let StringDecoder;
function newDecoder(encoding) {
  if (StringDecoder === undefined) {
    StringDecoder = require('string_decoder').StringDecoder;
  }
  return new StringDecoder(encoding);
}

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.readableObjectMode) {
    this.objectMode = true;
  }
  this.highWaterMark = options
    ? getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex)
    : getDefaultHighWaterMark(false);
  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // Set while _construct has not called back.
  this.constructed = true;
  // True while _read runs: a push() then is synchronous, so 'readable' waits a tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  // A 'data' listener is attached.
  this.dataListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (lazyBuffer().isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  // The writer(s) a pipe() waits for 'drain' from.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

// Runs once _construct called back.
ReadableState.prototype.onConstructed = function onConstructed(stream) {
  if (this.needReadable) {
    maybeReadMore(stream, this);
  }
};

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  get() {
    return this.pipes.length;
  },
  configurable: true,
});

Object.defineProperty(ReadableState.prototype, 'paused', {
  get() {
    return this[kPaused] !== false;
  },
  set(value) {
    this[kPaused] = !!value;
  },
  configurable: true,
});

function Readable(options) {
  if (!(this instanceof Readable)) {
    return new Readable(options);
  }
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') {
      this._read = options.read;
    }
    if (typeof options.destroy === 'function') {
      this._destroy = options.destroy;
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
      this._readableState.onConstructed(this);
    });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(error, callback) {
  callback(error);
};
Readable.prototype[require('events').captureRejectionSymbol] = function(error) {
  this.destroy(error);
};

// Readable.prototype.push(chunk[, encoding]): false once the buffer reached highWaterMark.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ? pushObject(this, state, chunk, encoding) : pushBytes(this, state, chunk, encoding);
};

// Readable.prototype.unshift(chunk[, encoding]): puts data back at the front.
Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ? unshiftValue(this, state, chunk) : unshiftBytes(this, state, chunk, encoding);
};

function invalidChunk(chunk) {
  return ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      const Buffer = lazyBuffer();
      // Unshifted strings are kept in the stream's encoding when it has one.
      chunk = state.encoding ? Buffer.from(chunk, encoding).toString(state.encoding) : Buffer.from(chunk, encoding);
    }
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = isBuffer(chunk) ? chunk : uint8ArrayToBuffer(chunk);
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!(chunk && chunk.length > 0)) {
    return canPushMore(state);
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.endEmitted) {
    errorOrDestroy(stream, ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    addChunk(stream, state, chunk, true);
  }
  return canPushMore(state);
}

function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = lazyBuffer().from(chunk, encoding);
      encoding = '';
    }
  } else if (isBuffer(chunk)) {
    encoding = '';
  } else if (ArrayBuffer.isView(chunk)) {
    chunk = uint8ArrayToBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, invalidChunk(chunk));
    return false;
  }
  if (!chunk || chunk.length <= 0) {
    // An empty chunk: nothing to add, but the read is over.
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) {
    return false;
  }
  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) {
    return false;
  }
  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// More may be pushed while below highWaterMark (or with nothing buffered, for hwm 0).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && !state.sync && state.dataListening && state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to the 'data' listeners.
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) {
      emitReadable(stream);
    }
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

// Readable.prototype.setEncoding(encoding): 'data' then carries strings.
Readable.prototype.setEncoding = function(encoding) {
  const decoder = newDecoder(encoding);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is buffered already is decoded now.
  let content = '';
  for (const data of state.buffer) {
    content += decoder.write(data);
  }
  state.buffer.clear();
  if (content !== '') {
    state.buffer.push(content);
  }
  state.length = content.length;
  return this;
};

function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  }
  // The next power of two.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How many bytes (or objects) read(n) returns now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) {
    return 0;
  }
  if (state.objectMode) {
    return 1;
  }
  if (Number.isNaN(n)) {
    // The first chunk when flowing, else everything.
    if (state.flowing && state.length) {
      return state.buffer.first().length;
    }
    return state.length;
  }
  if (n <= state.length) {
    return n;
  }
  return state.ended ? state.length : 0;
}

// Readable.prototype.read([size]).
Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) {
    state.highWaterMark = computeNewHighWaterMark(n);
  }
  if (n !== 0) {
    state.emittedReadable = false;
  }

  // read(0) with enough buffered (or at the end) only triggers 'readable' or 'end'.
  if (
    n === 0 &&
    state.needReadable &&
    ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)
  ) {
    if (state.length === 0 && state.ended) {
      endReadable(this);
    } else {
      emitReadable(this);
    }
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) {
      endReadable(this);
    }
    return null;
  }

  // Call _read when the buffer would fall below highWaterMark.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) {
    doRead = true;
  }
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) {
      state.needReadable = true;
    }
    try {
      this._read(state.highWaterMark);
    } catch (error) {
      errorOrDestroy(this, error);
    }
    state.sync = false;
    // A synchronous push may have made more data available.
    if (!state.reading) {
      n = howMuchToRead(nOrig, state);
    }
  }

  let result;
  if (n > 0) {
    result = fromList(n, state);
  } else {
    result = null;
  }

  if (result === null) {
    // Only ever set here (node v20 keeps an earlier request for 'readable').
    if (state.length <= state.highWaterMark) {
      state.needReadable = true;
    }
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
  }

  if (state.length === 0) {
    if (!state.ended) {
      state.needReadable = true;
    }
    if (nOrig !== n && state.ended) {
      endReadable(this);
    }
  }

  if (result !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', result);
  }
  return result;
};

function onEofChunk(stream, state) {
  if (state.ended) {
    return;
  }
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Pushed during _read: 'readable' waits a tick.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

// Emits 'readable' on the next tick (once per batch).
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is needed when paused, not ended and below highWaterMark; an earlier
  // request stays.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

// Reads ahead (on the next tick) until the buffer reaches highWaterMark.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (
    !state.reading &&
    !state.ended &&
    (state.length < state.highWaterMark || (state.flowing && state.length === 0))
  ) {
    const length = state.length;
    stream.read(0);
    if (length === state.length) {
      // read(0) added nothing: the source has no more for now.
      break;
    }
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// Readable.prototype.pipe(destination[, options]).
Readable.prototype.pipe = function(dest, pipeOptions) {
  const source = this;
  const state = this._readableState;

  if (state.pipes.length === 1) {
    if (!state.multiAwaitDrain) {
      state.multiAwaitDrain = true;
      state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOptions || pipeOptions.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) {
    process.nextTick(endFn);
  } else {
    source.once('end', endFn);
  }

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === source) {
      if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) {
      dest.removeListener('drain', ondrain);
    }
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    source.removeListener('end', onend);
    source.removeListener('end', unpipe);
    source.removeListener('data', ondata);
    cleanedUp = true;
    // If the destination was awaited, stop waiting for it.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      source.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(source, dest);
      dest.on('drain', ondrain);
    }
  }

  source.on('data', ondata);
  function ondata(chunk) {
    const written = dest.write(chunk);
    if (written === false) {
      pause();
    }
  }

  // An error on the destination unpipes it and is rethrown when nobody listens.
  function onerror(error) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const destState = dest._writableState || dest._readableState;
      if (destState && !destState.errorEmitted) {
        errorOrDestroy(dest, error);
      } else {
        dest.emit('error', error);
      }
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    source.unpipe(dest);
  }

  dest.emit('pipe', source);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    source.resume();
  }
  return dest;
};

function pipeOnDrain(source, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = source._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && state.dataListening) {
      source.resume();
    }
  };
}

// Readable.prototype.unpipe([destination]).
Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) {
    return this;
  }
  if (!dest) {
    const destinations = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < destinations.length; i++) {
      destinations[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) {
    return this;
  }
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) {
    this.pause();
  }
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// Adding a 'data' listener starts the flow; a 'readable' listener switches to paused reads.
Readable.prototype.on = function(event, listener) {
  const result = Stream.prototype.on.call(this, event, listener);
  const state = this._readableState;
  if (event === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) {
      state.readableListening = true;
    }
    if (state.flowing !== false) {
      this.resume();
    }
  } else if (event === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(event, listener) {
  const result = Stream.prototype.removeListener.call(this, event, listener);
  if (event === 'readable') {
    process.nextTick(updateReadableListening, this);
  } else if (event === 'data' && this.listenerCount('data') === 0) {
    this._readableState.dataListening = false;
  }
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(event) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (event === 'readable' || event === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return result;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// Readable.prototype.resume(): switches to flowing mode (unless 'readable' listeners exist).
Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resumeNT, stream, state);
  }
}

function resumeNT(stream, state) {
  if (!state.reading) {
    stream.read(0);
  }
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) {
    stream.read(0);
  }
}

// Readable.prototype.pause().
Readable.prototype.pause = function() {
  if (this._readableState.flowing !== false) {
    this._readableState.flowing = false;
    this.emit('pause');
  }
  this._readableState[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Readable.prototype.wrap(stream): an old-style stream ('data' events) as a Readable.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (error) => {
    errorOrDestroy(this, error);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const keys = Object.keys(stream);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

// Readable.prototype.iterator([options]): { destroyOnReturn }.
Readable.prototype.iterator = function(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
  }
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iterator = createAsyncIterator(stream, options);
  iterator.stream = stream;
  return iterator;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (streamError) => {
    error = streamError ? aggregateTwoErrors(error, streamError) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (thrown) {
    error = aggregateTwoErrors(error, thrown);
    throw error;
  } finally {
    if (
      (error || !options || options.destroyOnReturn !== false) &&
      (error === undefined || stream._readableState.autoDestroy)
    ) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function defineGetter(name, get, set) {
  Object.defineProperty(Readable.prototype, name, { get, set, enumerable: false, configurable: true });
}

defineGetter('readable', function() {
  const state = this._readableState;
  return !!state && state.readable !== false && !state.destroyed && !state.errorEmitted && !state.endEmitted;
}, function(value) {
  if (this._readableState) {
    this._readableState.readable = !!value;
  }
});
defineGetter('readableDidRead', function() {
  return this._readableState.dataEmitted;
});
defineGetter('readableAborted', function() {
  const state = this._readableState;
  return !!(state.readable !== false && (state.destroyed || state.errored) && !state.endEmitted);
});
defineGetter('readableHighWaterMark', function() {
  return this._readableState.highWaterMark;
});
defineGetter('readableBuffer', function() {
  return this._readableState && this._readableState.buffer;
});
defineGetter('readableFlowing', function() {
  return this._readableState.flowing;
}, function(value) {
  if (this._readableState) {
    this._readableState.flowing = value;
  }
});
defineGetter('readableLength', function() {
  return this._readableState.length;
});
defineGetter('readableObjectMode', function() {
  return this._readableState ? this._readableState.objectMode : false;
});
defineGetter('readableEncoding', function() {
  return this._readableState ? this._readableState.encoding : null;
});
defineGetter('errored', function() {
  return this._readableState ? this._readableState.errored : null;
});
defineGetter('closed', function() {
  return this._readableState ? this._readableState.closed : false;
});
defineGetter('destroyed', function() {
  return this._readableState ? this._readableState.destroyed : false;
}, function(value) {
  if (!this._readableState) {
    return;
  }
  this._readableState.destroyed = value;
});
defineGetter('readableEnded', function() {
  return this._readableState ? this._readableState.endEmitted : false;
});

// Takes n bytes (or one object) from the buffer; null when it is empty.
function fromList(n, state) {
  if (state.length === 0) {
    return null;
  }
  let result;
  if (state.objectMode) {
    result = state.buffer.shift();
  } else if (!n || n >= state.length) {
    if (state.decoder) {
      result = state.buffer.join('');
    } else if (state.buffer.length === 1) {
      result = state.buffer.first();
    } else {
      result = state.buffer.concat(state.length);
    }
    state.buffer.clear();
  } else {
    result = state.buffer.consume(n, state.decoder);
  }
  return result;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed once both sides are done.
      const writableState = stream._writableState;
      const autoDestroy = !writableState ||
        (writableState.autoDestroy && (writableState.finished || writableState.writable === false));
      if (autoDestroy) {
        stream.destroy();
      }
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) {
    stream.end();
  }
}

// Readable.from(iterable[, options]).
Readable.from = function(iterable, options) {
  return require('internal/streams/from')(Readable, iterable, options);
};

// Readable.wrap(stream[, options]): a Readable over an old-style stream.
Readable.wrap = function(source, options) {
  return new Readable({
    objectMode: source.readableObjectMode != null ? source.readableObjectMode : (source.objectMode != null ? source.objectMode : true),
    ...options,
    destroy(error, callback) {
      destroyImpl.destroyer(source, error);
      callback(error);
    },
  }).wrap(source);
};

Readable._fromList = fromList;
Readable.kPaused = kPaused;

require('internal/streams/operators').install(Readable);

module.exports = Readable;
