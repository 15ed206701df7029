'use strict';
// node:timers — the timer functions (the same functions as the globals, which are native:
// runtime-lib/src/node/timers.rs) and `timers.promises`. node's deprecated `active`,
// `_unrefActive`, `enroll` and `unenroll` (which act on arbitrary objects with an
// `_idleTimeout`) are not there, because kiln's timers keep their state internally.

const timers = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};

Object.defineProperty(timers, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('timers/promises');
  },
});

require('internal/timers_promisify').install();

module.exports = timers;
