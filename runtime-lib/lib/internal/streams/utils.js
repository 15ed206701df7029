'use strict';
// Shared pieces of the stream implementation: what kind of stream a value is (node's duck
// typing of lib/internal/streams/utils.js, so legacy and third-party streams work too), the
// lazily loaded Buffer (only byte streams need it), and small helpers.

const kIsDestroyed = Symbol('kIsDestroyed');
const kIsReadable = Symbol('kIsReadable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsErrored = Symbol('kIsErrored');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

let BufferConstructor;

// node:buffer's Buffer, loaded on first use: object-mode and string streams never need it.
function lazyBuffer() {
  if (BufferConstructor === undefined) {
    BufferConstructor = require('buffer').Buffer;
  }
  return BufferConstructor;
}

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && getTypedArrayTag.call(value) === 'Uint8Array';
}

function isBuffer(value) {
  return isUint8Array(value) && value instanceof lazyBuffer();
}

// A Buffer sharing the memory of a Uint8Array (Stream._uint8ArrayToBuffer).
function uint8ArrayToBuffer(chunk) {
  return lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function nop() {}

// A function that runs `callback` the first time only.
function once(callback) {
  let called = false;
  return function(...args) {
    if (called) {
      return;
    }
    called = true;
    return callback.apply(this, args);
  };
}

function isReadableNodeStream(obj, strict = false) {
  return !!(
    obj &&
    typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState)
  );
}

function isWritableNodeStream(obj) {
  return !!(
    obj &&
    typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false))
  );
}

function isDuplexNodeStream(obj) {
  return !!(
    obj &&
    typeof obj.pipe === 'function' &&
    obj._readableState &&
    typeof obj.on === 'function' &&
    typeof obj.write === 'function'
  );
}

function isNodeStream(obj) {
  return !!(
    obj &&
    (obj._readableState ||
      obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function'))
  );
}

function isIterable(obj, isAsync) {
  if (obj == null) {
    return false;
  }
  if (isAsync === true) {
    return typeof obj[Symbol.asyncIterator] === 'function';
  }
  if (isAsync === false) {
    return typeof obj[Symbol.iterator] === 'function';
  }
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) {
    return null;
  }
  if (stream.writableEnded === true) {
    return true;
  }
  const state = stream._writableState;
  if (state && state.errored) {
    return false;
  }
  if (!state || typeof state.ended !== 'boolean') {
    return null;
  }
  return state.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) {
    return null;
  }
  if (stream.writableFinished === true) {
    return true;
  }
  const state = stream._writableState;
  if (state && state.errored) {
    return false;
  }
  if (!state || typeof state.finished !== 'boolean') {
    return null;
  }
  return !!(state.finished || (strict === false && state.ended === true && state.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) {
    return null;
  }
  if (stream.readableEnded === true) {
    return true;
  }
  const state = stream._readableState;
  if (!state || state.errored) {
    return false;
  }
  if (typeof state.ended !== 'boolean') {
    return null;
  }
  return state.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) {
    return null;
  }
  const state = stream._readableState;
  if (state && state.errored) {
    return false;
  }
  if (!state || typeof state.endEmitted !== 'boolean') {
    return null;
  }
  return !!(state.endEmitted || (strict === false && state.ended === true && state.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) {
    return stream[kIsReadable];
  }
  if (!stream || typeof stream.readable !== 'boolean') {
    return null;
  }
  if (isDestroyed(stream)) {
    return false;
  }
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') {
    return null;
  }
  if (isDestroyed(stream)) {
    return false;
  }
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, options) {
  if (!isNodeStream(stream)) {
    return null;
  }
  if (isDestroyed(stream)) {
    return true;
  }
  if ((!options || options.readable !== false) && isReadable(stream)) {
    return false;
  }
  if ((!options || options.writable !== false) && isWritable(stream)) {
    return false;
  }
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }
  if (stream.writableErrored) {
    return stream.writableErrored;
  }
  const state = stream._writableState;
  return state && state.errored != null ? state.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }
  if (stream.readableErrored) {
    return stream.readableErrored;
  }
  const state = stream._readableState;
  return state && state.errored != null ? state.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }
  const writableState = stream._writableState;
  const readableState = stream._readableState;
  const writableClosed = writableState ? writableState.closed : undefined;
  const readableClosed = readableState ? readableState.closed : undefined;
  if (typeof writableClosed === 'boolean' || typeof readableClosed === 'boolean') {
    return writableClosed || readableClosed;
  }
  return null;
}

// True when the stream will emit 'close' by itself once it ends (autoDestroy + emitClose).
function willEmitClose(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] || stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  return !!(
    stream &&
    (stream[kIsErrored] ||
      stream.readableErrored ||
      stream.writableErrored ||
      (stream._readableState && stream._readableState.errorEmitted) ||
      (stream._writableState && stream._writableState.errorEmitted) ||
      (stream._readableState && stream._readableState.errored) ||
      (stream._writableState && stream._writableState.errored))
  );
}

// The minimal AbortSignal the pipeline hands to generator stages (kiln has no global
// AbortController): `aborted`, `reason`, and abort listeners.
class StreamAbortSignal {
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this._listeners = [];
  }

  addEventListener(type, listener) {
    if (type === 'abort') {
      this._listeners.push(listener);
    }
  }

  removeEventListener(type, listener) {
    const index = this._listeners.indexOf(listener);
    if (type === 'abort' && index !== -1) {
      this._listeners.splice(index, 1);
    }
  }

  throwIfAborted() {
    if (this.aborted) {
      throw this.reason;
    }
  }

  _abort(reason) {
    if (this.aborted) {
      return;
    }
    this.aborted = true;
    this.reason = reason;
    const listeners = this._listeners.splice(0);
    for (const listener of listeners) {
      listener.call(this, { type: 'abort', target: this });
    }
  }
}

// Runs `listener` when `signal` (any AbortSignal-like object) aborts; returns a remover.
function addAbortListener(signal, listener) {
  if (signal.aborted) {
    process.nextTick(listener);
    return nop;
  }
  if (typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  }
  if (typeof signal.once === 'function') {
    signal.once('abort', listener);
    return () => signal.removeListener('abort', listener);
  }
  return nop;
}

module.exports = {
  StreamAbortSignal,
  addAbortListener,
  isBuffer,
  isClosed,
  isDestroyed,
  isDisturbed,
  isDuplexNodeStream,
  isErrored,
  isFinished,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableEnded,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isUint8Array,
  isWritable,
  isWritableEnded,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  kIsDestroyed,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  lazyBuffer,
  nop,
  once,
  uint8ArrayToBuffer,
  willEmitClose,
};
