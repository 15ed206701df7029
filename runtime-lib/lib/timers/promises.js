'use strict';
// node:timers/promises (node v20 lib/timers/promises.js): setTimeout and setImmediate that
// return promises, setInterval as an async iterator, and the experimental `scheduler`
// (wait, yield). Each takes `{ signal, ref }`: an AbortSignal rejects (or ends the iterator)
// with an AbortError whose cause is the signal's reason, and `ref: false` keeps the timer
// from holding the process open. Built on the global timer functions.

const {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  codedError,
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const timerSetTimeout = globalThis.setTimeout;
const timerClearTimeout = globalThis.clearTimeout;
const timerSetImmediate = globalThis.setImmediate;
const timerClearImmediate = globalThis.clearImmediate;
const timerSetInterval = globalThis.setInterval;
const timerClearInterval = globalThis.clearInterval;

const kScheduler = Symbol('kScheduler');
const kEmptyObject = Object.freeze({ __proto__: null });

// The checks the promise functions share; an error comes back rather than being thrown, since
// those functions reject instead of throwing.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') {
    return { error: ERR_INVALID_ARG_TYPE('options', 'Object', options) };
  }
  const { signal, ref = true } = options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (error) {
    return { error };
  }
  if (typeof ref !== 'boolean') {
    return { error: ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref) };
  }
  if (signal !== undefined && signal.aborted) {
    return { error: new AbortError(undefined, { cause: signal.reason }) };
  }
  return { signal, ref };
}

// A timer promise: `start(resolve)` schedules the timer and returns it; abort clears it with
// `clear` and rejects, unless it has already fired.
function timerPromise(signal, start, clear) {
  let onCancel;
  const promise = new Promise((resolve, reject) => {
    let fired = false;
    const timer = start((value) => {
      fired = true;
      resolve(value);
    });
    if (signal) {
      onCancel = () => {
        if (!fired) {
          clear(timer);
          reject(new AbortError(undefined, { cause: signal.reason }));
        }
      };
      signal.addEventListener('abort', onCancel);
    }
  });
  if (onCancel === undefined) {
    return promise;
  }
  return promise.finally(() => signal.removeEventListener('abort', onCancel));
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (after !== undefined) {
      validateNumber(after, 'delay');
    }
  } catch (error) {
    return Promise.reject(error);
  }
  const checked = checkOptions(options);
  if (checked.error) {
    return Promise.reject(checked.error);
  }
  const { signal, ref } = checked;
  return timerPromise(signal, (resolve) => {
    const timeout = value !== undefined ? timerSetTimeout(resolve, after, value) : timerSetTimeout(resolve, after);
    if (!ref) {
      timeout.unref();
    }
    return timeout;
  }, timerClearTimeout);
}

function setImmediate(value, options = kEmptyObject) {
  const checked = checkOptions(options);
  if (checked.error) {
    return Promise.reject(checked.error);
  }
  const { signal, ref } = checked;
  return timerPromise(signal, (resolve) => {
    const immediate = timerSetImmediate(resolve, value);
    if (!ref) {
      immediate.unref();
    }
    return immediate;
  }, timerClearImmediate);
}

async function* setInterval(after, value, options = kEmptyObject) {
  if (after !== undefined) {
    validateNumber(after, 'delay');
  }
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal !== undefined && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  let onCancel;
  let interval;
  try {
    // Ticks that fired but were not yielded yet, and the waiting consumer's resolve.
    let notYielded = 0;
    let callback;
    interval = timerSetInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) {
      interval.unref();
    }
    if (signal) {
      onCancel = () => {
        timerClearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!(signal !== undefined && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => {
          callback = resolve;
        });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal.reason });
  } finally {
    timerClearInterval(interval);
    if (signal !== undefined) {
      signal.removeEventListener('abort', onCancel);
    }
  }
}

// The WICG scheduling API's experimental shape, as node has it (not a global).
class Scheduler {
  constructor() {
    throw codedError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  yield() {
    if (!this[kScheduler]) {
      throw codedError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    }
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) {
      throw codedError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Scheduler');
    }
    return setTimeout(delay, undefined, { signal: options !== undefined && options !== null ? options.signal : undefined });
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  // What `Reflect.construct(function() { this[kScheduler] = true; }, [], Scheduler)` makes.
  scheduler: Object.assign(Object.create(Scheduler.prototype), { [kScheduler]: true }),
};
