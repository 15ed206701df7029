'use strict';
// stream.pipeline(...streams, callback): pipes each stream into the next, destroys them all
// when one fails, and calls back once the last one finished (or with the first error).
// Stages may be streams, iterables and async iterables (sources), async generator functions
// (transforms: they receive the previous stage as an async iterable) and async functions
// (the destination: pipeline's value is what they return).

const eos = require('internal/streams/end_of_stream');
const destroyImpl = require('internal/streams/destroy');
const { once, nop } = require('internal/streams/utils');
const {
  AbortError,
  ERR_INVALID_RETURN_VALUE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_PREMATURE_CLOSE,
  aggregateTwoErrors,
} = require('internal/streams/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_MISSING_ARGS,
  validateAbortSignal,
  validateFunction,
} = require('internal/validators');
const {
  StreamAbortSignal,
  addAbortListener,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;

function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (error) => {
    finished = !error;
  });
  return {
    destroy: (error) => {
      if (finished) {
        return;
      }
      finished = true;
      destroyImpl.destroyer(stream, error || ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(value) {
  if (isIterable(value)) {
    return value;
  }
  if (isReadableNodeStream(value)) {
    return fromReadable(value);
  }
  throw ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], value);
}

async function* fromReadable(value) {
  if (Readable === undefined) {
    Readable = require('internal/streams/readable');
  }
  yield* Readable.prototype[Symbol.asyncIterator].call(value);
}

// Writes an (async) iterable into a Writable, waiting for 'drain' when it is full.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;

  const resume = (streamError) => {
    if (streamError) {
      error = streamError;
    }
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) {
          reject(error);
        } else {
          resolve();
        }
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);

  try {
    if (writable.writableNeedDrain) {
      await wait();
    }
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) {
        await wait();
      }
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (thrown) {
    finish(error !== thrown ? aggregateTwoErrors(error, thrown) : thrown);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, options) {
  if (streams.length === 1 && Array.isArray(streams[0])) {
    streams = streams[0];
  }
  if (streams.length < 2) {
    throw ERR_MISSING_ARGS('streams');
  }

  const controller = new StreamAbortSignal();
  const signal = controller;
  const outerSignal = options && options.signal;
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal ? outerSignal.reason : undefined }));
  }

  let removeOuterAbort = nop;
  if (outerSignal) {
    removeOuterAbort = addAbortListener(outerSignal, abort);
  }

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(streamError) {
    finishImpl(streamError, --finishCount === 0);
  }

  function finishImpl(streamError, final) {
    if (streamError && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      error = streamError;
    }
    if (!error && !final) {
      return;
    }
    while (destroys.length) {
      destroys.shift()(error);
    }
    removeOuterAbort();
    controller._abort(new AbortError());
    if (final) {
      if (!error) {
        lastStreamCleanup.forEach((fn) => fn());
      }
      process.nextTick(callback, error, value);
    }
  }

  let result;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !options || options.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(cleanup);
        }
      }

      // Errors after the pipe completed still fail the pipeline.
      const onError = (streamError) => {
        if (streamError && streamError.name !== 'AbortError' && streamError.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(streamError);
        }
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        result = stream({ signal });
        if (!isIterable(result)) {
          throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', result);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        result = stream;
      } else {
        if (Duplex === undefined) {
          Duplex = require('internal/streams/duplex');
        }
        result = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      result = makeAsyncIterable(result);
      result = stream(result, { signal });

      if (reading) {
        if (!isIterable(result, true)) {
          throw ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, result);
        }
      } else {
        if (PassThrough === undefined) {
          PassThrough = require('internal/streams/passthrough');
        }
        // The destination function's result (a promise or an iterable) flows into a
        // PassThrough that stands for it.
        const passThrough = new PassThrough({ objectMode: true });
        const then = result && result.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(result, (resolved) => {
            value = resolved;
            if (resolved != null) {
              passThrough.write(resolved);
            }
            if (end) {
              passThrough.end();
            }
            process.nextTick(finish);
          }, (rejected) => {
            passThrough.destroy(rejected);
            process.nextTick(finish, rejected);
          });
        } else if (isIterable(result, true)) {
          finishCount++;
          pumpToNode(result, passThrough, finish, { end });
        } else {
          throw ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', result);
        }
        result = passThrough;
        const { destroy, cleanup } = destroyer(result, false, true);
        destroys.push(destroy);
        if (isLastStream) {
          lastStreamCleanup.push(cleanup);
        }
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(result)) {
        finishCount += 2;
        const cleanup = pipe(result, stream, finish, { end });
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(cleanup);
        }
      } else if (isIterable(result)) {
        finishCount++;
        pumpToNode(result, stream, finish, { end });
      } else {
        throw ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], result);
      }
      result = stream;
    } else {
      if (Duplex === undefined) {
        Duplex = require('internal/streams/duplex');
      }
      result = Duplex.from(stream);
    }
  }

  if (signal.aborted || (outerSignal && outerSignal.aborted)) {
    process.nextTick(abort);
  }
  return result;
}

function pipe(source, destination, finish, { end }) {
  let ended = false;
  destination.on('close', () => {
    if (!ended) {
      // The destination closed before the source ended.
      finish(ERR_STREAM_PREMATURE_CLOSE());
    }
  });

  source.pipe(destination, { end: false });

  if (end) {
    const endFn = () => {
      ended = true;
      destination.end();
    };
    if (isReadableFinished(source)) {
      process.nextTick(endFn);
    } else {
      source.once('end', endFn);
    }
  } else {
    finish();
  }
  eos(source, { readable: true, writable: false }, (error) => {
    const state = source._readableState;
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE' && state && state.ended && !state.errored && !state.errorEmitted) {
      // A source that ended and then closed early still delivers its end.
      source.once('end', finish).once('error', finish);
    } else {
      finish(error);
    }
  });
  return eos(destination, { readable: false, writable: true }, finish);
}

module.exports = { pipeline, pipelineImpl };
