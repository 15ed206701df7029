'use strict';
// Readable.from(iterable | asyncIterable | string | Buffer[, options]): an object-mode
// Readable (highWaterMark 1 unless given) pulling from the iterator as it is read. Destroying
// it returns (or throws into) the iterator.

const { ERR_INVALID_ARG_TYPE } = require('internal/validators');
const { ERR_STREAM_NULL_VALUES } = require('internal/streams/errors');
const { isBuffer } = require('internal/streams/utils');

function from(Readable, iterable, options) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
  // Set while a pull is running, so a second _read does not start another.
  let reading = false;
  // A sync iterator that produced a promise: its values are awaited from then on.
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) {
        nextAsync();
      } else if (isAsyncValues) {
        nextSyncWithAsyncValues();
      } else {
        nextSyncWithSyncValues();
      }
    }
  };

  readable._destroy = function(error, callback) {
    close(error).then(
      () => process.nextTick(callback, error),
      (closeError) => process.nextTick(callback, closeError || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) {
        return;
      }
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // A sync iterator of plain values is read synchronously, as far as the buffer allows.
  function nextSyncWithSyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          changeToAsyncValues(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) {
          continue;
        }
        reading = false;
      } catch (error) {
        readable.destroy(error);
      }
      break;
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const result = await value;
      if (result === null) {
        reading = false;
        throw ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(result)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (error) {
      readable.destroy(error);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const result = value && typeof value.then === 'function' ? await value : value;
        if (result === null) {
          reading = false;
          throw ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(result)) {
          continue;
        }
        reading = false;
      } catch (error) {
        readable.destroy(error);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) {
          continue;
        }
        reading = false;
      } catch (error) {
        readable.destroy(error);
      }
      break;
    }
  }
  return readable;
}

module.exports = from;
