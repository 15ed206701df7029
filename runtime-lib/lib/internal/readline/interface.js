'use strict';
// readline's Interface (node v20's lib/internal/readline/interface.js, line mode): reads an
// input stream as UTF-8, splits it into lines at \n, \r\n and \r (a \r\n split across chunks
// within `crlfDelay` ms counts once), emits 'line' (or answers a pending question), emits the
// unterminated last line and 'close' at the end of input, writes prompts to the output, and
// iterates lines with `for await`. kiln has no raw terminal mode: with `terminal: true` (or a
// terminal output) the Interface still reads whole lines, leaving editing to the terminal.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  ERR_INVALID_ARG_VALUE,
  codedError,
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
} = require('internal/validators');

const kHistorySize = 30;
const kMincrlfDelay = 100;
// Where the lines of `text` end, as node's /\r?\n|\r(?!\n)/g finds them (a \r\n, a \n or a lone
// \r): [0, end0, next0, end1, next1, ...] with each ending's start and the index after it; null
// when there is none. Two indexOf cursors, so each character is looked at once.
function lineEndings(text) {
  let newline = text.indexOf('\n');
  let ret = text.indexOf('\r');
  if (newline === -1 && ret === -1) {
    return null;
  }
  const indexes = [0];
  let from = 0;
  for (;;) {
    if (newline !== -1 && newline < from) {
      newline = text.indexOf('\n', from);
    }
    if (ret !== -1 && ret < from) {
      ret = text.indexOf('\r', from);
    }
    if (ret !== -1 && (newline === -1 || ret < newline)) {
      from = ret + 1 === newline ? ret + 2 : ret + 1;
      indexes.push(ret, from);
    } else if (newline !== -1) {
      from = newline + 1;
      indexes.push(newline, from);
    } else {
      return indexes;
    }
  }
}

const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kLineObjectStream = Symbol('line object stream');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kWriteToOutput = Symbol('_writeToOutput');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');

function ERR_USE_AFTER_CLOSE(name) {
  return codedError('Error', 'ERR_USE_AFTER_CLOSE', `${name} was closed`);
}

function validateUint32(value, name) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 0xffffffff) {
    throw ERR_INVALID_ARG_VALUE(name, value);
  }
}

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input && input.input) {
    // createInterface({ input, output, ... }).
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize');
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) {
      prompt = input.prompt;
    }
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
    }
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }
  if (historySize === undefined) {
    historySize = kHistorySize;
  }
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  const self = this;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  // Without raw mode the terminal does the line editing: the Interface reads lines.
  this.terminal = false;

  function onerror(error) {
    self.emit('error', error);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }

  this[kLineObjectStream] = undefined;
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', function onSelfCloseWithoutTerminal() {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  this[kDecoder] = new StringDecoder('utf8');

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) {
      return this.output.columns;
    }
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Writes the prompt to the output.
  prompt(preserveCursor) {
    if (this.paused) {
      this.resume();
    }
    this[kWriteToOutput](this[kPrompt]);
  }

  [kQuestion](query, callback) {
    if (this.closed) {
      throw ERR_USE_AFTER_CLOSE('readline');
    }
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = callback;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const callback = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
      this.output.write(text);
    }
  }

  clearLine() {
    this.line = '';
    this.cursor = 0;
  }

  close() {
    if (this.closed) {
      return;
    }
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) {
      return;
    }
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) {
      return;
    }
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Feeds `data` as if it came from the input.
  write(data, key) {
    if (this.paused) {
      this.resume();
    }
    this[kNormalWrite](data);
  }

  [kNormalWrite](chunk) {
    if (chunk === undefined) {
      return;
    }
    let text = this[kDecoder].write(chunk);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n that was split between chunks.
      if (text.codePointAt(0) === 10) {
        text = text.slice(1);
      }
      this[kSawReturnAt] = 0;
    }
    const indexes = lineEndings(text);
    if (indexes !== null) {
      if (this[kLineBuffer]) {
        // The buffered start of a line has no line ending in it: the indexes move by its length.
        const shift = this[kLineBuffer].length;
        text = this[kLineBuffer] + text;
        this[kLineBuffer] = null;
        for (let i = 1; i < indexes.length; i++) {
          indexes[i] += shift;
        }
      }
      this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
      const lastIndex = indexes.length - 1;
      this[kLineBuffer] = text.slice(indexes[lastIndex]);
      for (let i = 1; i < lastIndex; i += 2) {
        this[kOnLine](text.slice(indexes[i - 1], indexes[i]));
      }
    } else if (text) {
      if (this[kLineBuffer]) {
        this[kLineBuffer] += text;
      } else {
        this[kLineBuffer] = text;
      }
    }
  }

  getCursorPos() {
    return { rows: 0, cols: (this[kPrompt] + this.line).length };
  }

  // `for await (const line of rl)`: lines, buffered up to 1024 before the input pauses.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024 });
      this[kLineObjectStream] = {
        next() {
          return events.next().then((result) => (result.done ? result : { value: result.value[0], done: false }));
        },
        return() {
          return events.return();
        },
        throw(error) {
          return events.throw(error);
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    }
    return this[kLineObjectStream];
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  ERR_USE_AFTER_CLOSE,
  kQuestion,
  kQuestionCancel,
  kOnLine,
  kNormalWrite,
  kWriteToOutput,
};
