'use strict';
// node:readline — createInterface/Interface (line mode; see internal/readline/interface.js),
// question() with a callback, the cursor helpers, and `readline.promises`.

const { Interface: BaseInterface, InterfaceConstructor, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { AbortError, validateAbortSignal } = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input && input.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: original } = input;
    input.completer = (value, callback) => callback(null, original(value));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const original = completer;
    completer = (value, callback) => callback(null, original(value));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// rl.question(query[, options], callback).
Interface.prototype.question = function question(query, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (options === null || typeof options !== 'object') {
    options = kEmptyObject;
  }
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) {
      return;
    }
    const signal = options.signal;
    const onAbort = () => {
      this[kQuestionCancel]();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const original = callback;
    callback = typeof callback === 'function' ? (answer) => {
      signal.removeEventListener('abort', onAbort);
      return original(answer);
    } : () => signal.removeEventListener('abort', onAbort);
  }
  if (typeof callback === 'function') {
    this[kQuestion](query, callback);
  }
};

Interface.prototype.question[promisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') {
    options = kEmptyObject;
  }
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let callback = resolve;
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      callback = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, callback);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function emitKeypressEvents() {
  throw new Error('kiln does not implement readline.emitKeypressEvents() yet (it needs raw terminal mode)');
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
