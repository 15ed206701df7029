'use strict';
// node's process warnings (lib/internal/process/warning.js) for the JavaScript core modules:
// `emitWarning(warning, type, code, ctor)` with every signature node accepts (a string or an
// Error, a type string or an options object), the `warning` event on the next tick, and the
// default listener's `(node:PID) [CODE] Name: message` line on stderr, with the
// `--trace-warnings` hint after the first warning only.
//
// kiln's native `process.emitWarning` takes only `(message, type)`; the core modules use this
// one so that Error warnings (MaxListenersExceededWarning) and codes (DEP0xxx) print as node's.

const binding = require('internal:util');
const { ERR_INVALID_ARG_TYPE, validateString } = require('internal/validators');

let traceWarningHelperShown = false;

function createWarningObject(message, type, code, ctor, detail) {
  const warning = new Error(message);
  warning.name = String(type || 'Warning');
  if (code !== undefined) {
    warning.code = code;
  }
  if (detail !== undefined) {
    warning.detail = detail;
  }
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(warning, ctor || emitWarning);
  }
  return warning;
}

// node's default `warning` listener.
function writeWarning(warning) {
  if (!(warning instanceof Error)) {
    return;
  }
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) {
    return;
  }
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let message = `(node:${binding.processId()}) `;
  if (warning.code) {
    message += `[${warning.code}] `;
  }
  if (trace && warning.stack) {
    message += `${warning.stack}`;
  } else {
    message += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') {
    message += `\n${warning.detail}`;
  }
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    message += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  console.error(message);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
  writeWarning(warning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') {
      detail = type.detail;
    }
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) {
    validateString(type, 'type');
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) {
      return;
    }
    if (process.throwDeprecation) {
      throw warning;
    }
  }
  process.nextTick(doEmitWarning, warning);
}

const codesWarned = new Set();

// util.deprecate: warns once per function (and once per code) on the first call.
function deprecate(fn, msg, code) {
  if (code !== undefined) {
    validateString(code, 'code');
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) {
      if (typeof Reflect === 'object') {
        return Reflect.construct(fn, args, new.target);
      }
      return new fn(...args);
    }
    return fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

module.exports = { deprecate, emitWarning };
