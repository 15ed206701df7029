'use strict';
// Duplex.from(body) for the bodies kiln supports: Duplex streams (returned as they are),
// Readables and Writables (wrapped), iterables and async iterables (readable-only), async
// generator functions (a transform of what is written), promises (readable-only) and
// { readable, writable } pairs.

const { ERR_INVALID_ARG_TYPE } = require('internal/validators');
const { ERR_INVALID_RETURN_VALUE } = require('internal/streams/errors');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');
const destroyImpl = require('internal/streams/destroy');

function duplexify(body, name) {
  const Duplex = require('internal/streams/duplex');
  const Readable = require('internal/streams/readable');

  if (isDuplexNodeStream(body)) {
    return body;
  }
  if (isReadableNodeStream(body)) {
    return wrapPair(Duplex, { readable: body });
  }
  if (isWritableNodeStream(body)) {
    return wrapPair(Duplex, { writable: body });
  }
  if (isNodeStream(body)) {
    return wrapPair(Duplex, { writable: false, readable: false });
  }
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGenerator(body);
    if (isIterable(value)) {
      return fromIterable(Duplex, Readable, value, { objectMode: true, write, final, destroy });
    }
    if (value && typeof value.then === 'function') {
      let settled;
      const promise = value.then((resolved) => {
        if (resolved != null) {
          throw ERR_INVALID_RETURN_VALUE('nully', 'body', resolved);
        }
      }, (error) => {
        destroyImpl.destroyer(duplex, error);
      });
      const duplex = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(callback) {
          final(async () => {
            try {
              await promise;
              process.nextTick(callback, null);
            } catch (error) {
              process.nextTick(callback, error);
            }
          });
        },
        destroy,
      });
      return duplex;
    }
    throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (isIterable(body)) {
    return fromIterable(Duplex, Readable, body, { objectMode: true, writable: false });
  }
  if (body && typeof body.then === 'function') {
    return fromIterable(Duplex, Readable, (async function* promised() {
      const resolved = await body;
      if (resolved != null) {
        yield resolved;
      }
    })(), { objectMode: true, writable: false });
  }
  if (body && typeof body === 'object' && (body.readable !== undefined || body.writable !== undefined)) {
    const readable = body.readable && isReadableNodeStream(body.readable) ? body.readable : undefined;
    const writable = body.writable && isWritableNodeStream(body.writable) ? body.writable : undefined;
    return wrapPair(Duplex, { readable, writable });
  }
  throw ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'],
    body,
  );
}

// A Duplex whose readable side is an iterable.
function fromIterable(Duplex, Readable, iterable, options) {
  const readable = Readable.from(iterable);
  const duplex = wrapPair(Duplex, { readable, writable: undefined }, options);
  return duplex;
}

// An async generator function fed with what is written to the Duplex.
function fromAsyncGenerator(fn) {
  let resolveNext;
  let pending = new Promise((resolve) => {
    resolveNext = resolve;
  });
  const value = fn((async function* source() {
    while (true) {
      const current = pending;
      pending = null;
      const { chunk, done, callback } = await current;
      process.nextTick(callback);
      if (done) {
        return;
      }
      pending = new Promise((resolve) => {
        resolveNext = resolve;
      });
      yield chunk;
    }
  })(), { signal: undefined });
  return {
    value,
    write(chunk, encoding, callback) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ chunk, done: false, callback });
    },
    final(callback) {
      const resolve = resolveNext;
      resolveNext = null;
      resolve({ done: true, callback });
    },
    destroy(error, callback) {
      callback(error);
    },
  };
}

// A Duplex forwarding writes to `writable` and reads from `readable`.
function wrapPair(Duplex, pair, extra) {
  const { readable, writable } = pair;
  const options = {
    objectMode: !!(
      (readable && readable.readableObjectMode) ||
      (writable && writable.writableObjectMode) ||
      (extra && extra.objectMode)
    ),
    writable: !!writable || !!(extra && extra.write),
    readable: !!readable,
  };
  if (extra && extra.writable === false) {
    options.writable = false;
  }
  const duplex = new Duplex(options);
  let onDrain = null;
  let onFinish = null;
  let onReadable = null;

  if (extra && extra.write) {
    duplex._write = extra.write;
    duplex._final = extra.final;
  } else if (writable) {
    eos(writable, (error) => {
      if (error) {
        destroyImpl.destroyer(duplex, error);
      }
    });
    duplex._write = function(chunk, encoding, callback) {
      if (writable.write(chunk, encoding)) {
        callback();
      } else {
        onDrain = callback;
      }
    };
    duplex._final = function(callback) {
      writable.end();
      onFinish = callback;
    };
    writable.on('drain', () => {
      if (onDrain) {
        const callback = onDrain;
        onDrain = null;
        callback();
      }
    });
    writable.on('finish', () => {
      if (onFinish) {
        const callback = onFinish;
        onFinish = null;
        callback();
      }
    });
  }

  if (readable) {
    eos(readable, (error) => {
      if (error) {
        destroyImpl.destroyer(duplex, error);
      }
    });
    readable.on('readable', () => {
      if (onReadable) {
        const callback = onReadable;
        onReadable = null;
        callback();
      }
    });
    readable.on('end', () => {
      duplex.push(null);
    });
    duplex._read = function() {
      while (true) {
        const chunk = readable.read();
        if (chunk === null) {
          onReadable = duplex._read;
          return;
        }
        if (!duplex.push(chunk)) {
          return;
        }
      }
    };
  }

  duplex._destroy = function(error, callback) {
    if (!error && onFinish !== null) {
      error = new (require('internal/streams/errors').AbortError)();
    }
    onReadable = null;
    onDrain = null;
    onFinish = null;
    if (readable) {
      destroyImpl.destroyer(readable, error);
    }
    if (writable) {
      destroyImpl.destroyer(writable, error);
    }
    callback(error);
  };
  return duplex;
}

module.exports = duplexify;
