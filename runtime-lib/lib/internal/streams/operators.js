'use strict';
// The iterator helpers of Readable (node v20, experimental there): map, filter, flatMap,
// drop, take, asIndexedPairs return new Readables; forEach, toArray, some, every, find, reduce
// return promises. `concurrency` runs up to that many calls of `fn` at once while keeping the
// order of results.

const {
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
  codedError,
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { AbortError } = require('internal/streams/errors');
const { nop } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');

function validateFn(fn) {
  if (typeof fn !== 'function') {
    throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
}

function readOptions(options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  let concurrency = 1;
  if (options && options.concurrency != null) {
    concurrency = Math.floor(options.concurrency);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  if (options && options.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
  return { concurrency, signal: options ? options.signal : undefined };
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

function map(fn, options) {
  validateFn(fn);
  const { concurrency, signal } = readOptions(options);
  const stream = this;
  return (async function* mapped() {
    const pending = [];
    const callOptions = { signal };
    for await (const value of stream) {
      throwIfAborted(signal);
      const result = Promise.resolve().then(() => fn(value, callOptions));
      result.catch(nop);
      pending.push(result);
      if (pending.length >= concurrency) {
        const next = await pending.shift();
        if (next !== kEmpty) {
          yield next;
        }
      }
    }
    while (pending.length > 0) {
      const next = await pending.shift();
      if (next !== kEmpty) {
        yield next;
      }
    }
  })();
}

function filter(fn, options) {
  validateFn(fn);
  const wrapped = async (value, callOptions) => ((await fn(value, callOptions)) ? value : kEmpty);
  return map.call(this, wrapped, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flattened() {
    for await (const value of values) {
      yield* value;
    }
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) {
    return 0;
  }
  if (number < 0) {
    throw ERR_OUT_OF_RANGE('number', '>= 0', number);
  }
  return Math.trunc(number);
}

function drop(number, options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    for await (const value of stream) {
      if (number-- <= 0) {
        yield value;
      }
    }
  })();
}

function take(number, options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    if (number <= 0) {
      return;
    }
    for await (const value of stream) {
      yield value;
      if (--number <= 0) {
        return;
      }
    }
  })();
}

function asIndexedPairs(options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  const stream = this;
  return (async function* pairs() {
    let index = 0;
    for await (const value of stream) {
      yield [index++, value];
    }
  })();
}

async function forEach(fn, options) {
  validateFn(fn);
  const each = async (value, callOptions) => {
    await fn(value, callOptions);
    return kEmpty;
  };
  for await (const unused of map.call(this, each, options)); // eslint-disable-line no-unused-vars
}

async function toArray(options) {
  if (options != null) {
    validateObject(options, 'options');
  }
  const signal = options ? options.signal : undefined;
  const result = [];
  for await (const value of this) {
    throwIfAborted(signal);
    result.push(value);
  }
  return result;
}

async function some(fn, options) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer);
  if (options != null) {
    validateObject(options, 'options');
  }
  let hasInitialValue = arguments.length > 1;
  let accumulator = initialValue;
  const callOptions = { signal: options ? options.signal : undefined };
  for await (const value of this) {
    if (!hasInitialValue) {
      hasInitialValue = true;
      accumulator = value;
      continue;
    }
    accumulator = await reducer(accumulator, value, callOptions);
  }
  if (!hasInitialValue) {
    throw codedError('TypeError', 'ERR_INVALID_ARGS', 'Reduce of an empty stream requires an initial value');
  }
  return accumulator;
}

const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take };
const promiseReturning = { every, forEach, reduce, toArray, some, find };

// Installs the helpers on Readable.prototype.
function install(Readable) {
  for (const name of Object.keys(streamReturning)) {
    const operator = streamReturning[name];
    const method = {
      [name](...args) {
        return Readable.from(operator.apply(this, args));
      },
    }[name];
    Object.defineProperty(Readable.prototype, name, { value: method, enumerable: false, configurable: true, writable: true });
  }
  for (const name of Object.keys(promiseReturning)) {
    const operator = promiseReturning[name];
    const method = {
      [name](...args) {
        return operator.apply(this, args);
      },
    }[name];
    Object.defineProperty(Readable.prototype, name, { value: method, enumerable: false, configurable: true, writable: true });
  }
}

module.exports = { install };
