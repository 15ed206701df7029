'use strict';
// node:readline/promises — an Interface whose question() returns a promise, and the Readline
// class that queues cursor actions until commit().

const { Interface: BaseInterface, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { CSI, kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd } = require('internal/readline/callbacks');
const { AbortError, ERR_INVALID_ARG_TYPE, validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');
const { isWritable } = require('internal/streams/utils');

const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let callback = resolve;
      if (options && options.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        const signal = options.signal;
        if (signal.aborted) {
          return reject(new AbortError(undefined, { cause: signal.reason }));
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
        callback = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, callback);
    });
  }
}

// Cursor actions on a TTY stream, written together by commit().
class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) {
      throw ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options && options.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) {
      validateInteger(y, 'y');
    }
    return this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) {
        data += `${CSI}${-dx}D`;
      } else if (dx > 0) {
        data += `${CSI}${dx}C`;
      }
      if (dy < 0) {
        data += `${CSI}${-dy}A`;
      } else if (dy > 0) {
        data += `${CSI}${dy}B`;
      }
      this.#queue(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
  }

  clearScreenDown() {
    return this.#queue(kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
