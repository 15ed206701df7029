'use strict';
// process.emitWarning as node v20 has it (every signature: a string or an Error, a type or an
// options object with type, code and detail, a constructor to cut the stack at), replacing
// the runtime's native `(message, type)` version. The compiler runs this module before the
// entry of a program that names `emitWarning` (compiler/src/source/core_lib.rs
// JS_PROCESS_PROPERTIES).

const { emitWarning } = require('internal/warning');

Object.defineProperty(process, 'emitWarning', {
  configurable: true,
  enumerable: true,
  writable: true,
  value: emitWarning,
});
