'use strict';
// destroy(), the _construct() protocol and errorOrDestroy() shared by Readable and Writable.
// The order of side effects follows node v20: the state is marked destroyed at once,
// `_destroy` runs (after `_construct` finished, if one is pending), and 'error' then 'close'
// are emitted on the next tick.

const { ERR_MULTIPLE_CALLBACK, AbortError, aggregateTwoErrors } = require('internal/streams/errors');
const { isDestroyed, isFinished, kIsDestroyed } = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Records `error` as the stream's error (reading `stack` first so it is captured now).
function checkError(error, writableState, readableState) {
  if (error) {
    error.stack; // eslint-disable-line no-unused-expressions
    if (writableState && !writableState.errored) {
      writableState.errored = error;
    }
    if (readableState && !readableState.errored) {
      readableState.errored = error;
    }
  }
}

// stream.destroy([error], [callback]).
function destroy(error, callback) {
  const readableState = this._readableState;
  const writableState = this._writableState;
  const state = writableState || readableState;
  if ((writableState && writableState.destroyed) || (readableState && readableState.destroyed)) {
    if (typeof callback === 'function') {
      callback();
    }
    return this;
  }
  checkError(error, writableState, readableState);
  if (writableState) {
    writableState.destroyed = true;
  }
  if (readableState) {
    readableState.destroyed = true;
  }
  if (!state.constructed) {
    this.once(kDestroy, function(constructError) {
      runDestroy(this, aggregateTwoErrors(constructError, error), callback);
    });
  } else {
    runDestroy(this, error, callback);
  }
  return this;
}

function runDestroy(stream, error, callback) {
  let called = false;
  function onDestroy(destroyError) {
    if (called) {
      return;
    }
    called = true;
    const readableState = stream._readableState;
    const writableState = stream._writableState;
    checkError(destroyError, writableState, readableState);
    if (writableState) {
      writableState.closed = true;
    }
    if (readableState) {
      readableState.closed = true;
    }
    if (typeof callback === 'function') {
      callback(destroyError);
    }
    if (destroyError) {
      process.nextTick(emitErrorCloseNT, stream, destroyError);
    } else {
      process.nextTick(emitCloseNT, stream);
    }
  }
  try {
    stream._destroy(error || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorCloseNT(stream, error) {
  emitErrorNT(stream, error);
  emitCloseNT(stream);
}

function emitCloseNT(stream) {
  const readableState = stream._readableState;
  const writableState = stream._writableState;
  if (writableState) {
    writableState.closeEmitted = true;
  }
  if (readableState) {
    readableState.closeEmitted = true;
  }
  if ((writableState && writableState.emitClose) || (readableState && readableState.emitClose)) {
    stream.emit('close');
  }
}

function emitErrorNT(stream, error) {
  const readableState = stream._readableState;
  const writableState = stream._writableState;
  if ((writableState && writableState.errorEmitted) || (readableState && readableState.errorEmitted)) {
    return;
  }
  if (writableState) {
    writableState.errorEmitted = true;
  }
  if (readableState) {
    readableState.errorEmitted = true;
  }
  stream.emit('error', error);
}

// Brings a destroyed stream back to its initial state (used by legacy code and tests).
function undestroy() {
  const readableState = this._readableState;
  const writableState = this._writableState;
  if (readableState) {
    readableState.constructed = true;
    readableState.closed = false;
    readableState.closeEmitted = false;
    readableState.destroyed = false;
    readableState.errored = null;
    readableState.errorEmitted = false;
    readableState.reading = false;
    readableState.ended = readableState.readable === false;
    readableState.endEmitted = readableState.readable === false;
  }
  if (writableState) {
    writableState.constructed = true;
    writableState.destroyed = false;
    writableState.closed = false;
    writableState.closeEmitted = false;
    writableState.errored = null;
    writableState.errorEmitted = false;
    writableState.finalCalled = false;
    writableState.prefinished = false;
    writableState.ended = writableState.writable === false;
    writableState.ending = writableState.writable === false;
    writableState.finished = writableState.writable === false;
  }
}

// Destroys the stream with `error` when it auto-destroys; otherwise records the error and
// emits 'error' (on the next tick when `sync`).
function errorOrDestroy(stream, error, sync) {
  const readableState = stream._readableState;
  const writableState = stream._writableState;
  if ((writableState && writableState.destroyed) || (readableState && readableState.destroyed)) {
    return;
  }
  if ((readableState && readableState.autoDestroy) || (writableState && writableState.autoDestroy)) {
    stream.destroy(error);
  } else if (error) {
    error.stack; // eslint-disable-line no-unused-expressions
    if (writableState && !writableState.errored) {
      writableState.errored = error;
    }
    if (readableState && !readableState.errored) {
      readableState.errored = error;
    }
    if (sync) {
      process.nextTick(emitErrorNT, stream, error);
    } else {
      emitErrorNT(stream, error);
    }
  }
}

// Runs `stream._construct` (if any) on the next tick; `callback` runs once it succeeded.
function construct(stream, callback) {
  if (typeof stream._construct !== 'function') {
    return;
  }
  const readableState = stream._readableState;
  const writableState = stream._writableState;
  if (readableState) {
    readableState.constructed = false;
  }
  if (writableState) {
    writableState.constructed = false;
  }
  stream.once(kConstruct, callback);
  if (stream.listenerCount(kConstruct) > 1) {
    // A Duplex runs both constructors' setup; _construct runs once.
    return;
  }
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(error) {
    if (called) {
      errorOrDestroy(stream, error != null ? error : ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const readableState = stream._readableState;
    const writableState = stream._writableState;
    const state = writableState || readableState;
    if (readableState) {
      readableState.constructed = true;
    }
    if (writableState) {
      writableState.constructed = true;
    }
    if (state.destroyed) {
      stream.emit(kDestroy, error);
    } else if (error) {
      errorOrDestroy(stream, error, true);
    } else {
      stream.emit(kConstruct);
    }
  }
  try {
    stream._construct((error) => {
      process.nextTick(onConstruct, error);
    });
  } catch (error) {
    process.nextTick(onConstruct, error);
  }
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, error) {
  stream.emit('error', error);
  process.nextTick(emitCloseLegacy, stream);
}

// Destroys any stream-like object: destroy(), close(), or just the events.
function destroyer(stream, error) {
  if (!stream || isDestroyed(stream)) {
    return;
  }
  if (!error && !isFinished(stream)) {
    error = new AbortError();
  }
  if (typeof stream.destroy === 'function') {
    stream.destroy(error);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (error) {
    process.nextTick(emitErrorCloseLegacy, stream, error);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) {
    stream[kIsDestroyed] = true;
  }
}

module.exports = { construct, destroy, destroyer, errorOrDestroy, undestroy };
