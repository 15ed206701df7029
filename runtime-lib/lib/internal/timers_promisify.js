'use strict';
// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises' functions,
// found through a getter under util.promisify.custom on the global functions, as in node.
// Installed when util or timers is loaded (the only places that read it).

const custom = Symbol.for('nodejs.util.promisify.custom');

function install() {
  for (const name of ['setTimeout', 'setImmediate']) {
    const original = globalThis[name];
    if (typeof original !== 'function' || Object.getOwnPropertyDescriptor(original, custom) !== undefined) {
      continue;
    }
    Object.defineProperty(original, custom, {
      enumerable: true,
      get() {
        return require('timers/promises')[name];
      },
    });
  }
}

module.exports = { install };
