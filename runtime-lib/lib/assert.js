'use strict';
// node:assert (and assert.strict / node:assert/strict) as in node v20: ok, equal, notEqual,
// deep(Strict)Equal and their negations, strictEqual, notStrictEqual, throws, doesNotThrow,
// rejects, doesNotReject, match, doesNotMatch, fail, ifError, AssertionError and CallTracker.
//
// As in node, a failed `assert(value)` without a message quotes the call's source text, read
// from the file named in the stack; when it cannot be read the message is `value == true`.

const binding = require('internal:util');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');
const { AssertionError } = require('internal/assertion_error');
const types = require('util/types');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  codedError,
  determineSpecificType,
  validateFunction,
} = require('internal/validators');
const { deprecate, emitWarning } = require('internal/warning');

const inspect = binding.inspect;
const NO_EXCEPTION_SENTINEL = {};
let warned = false;

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function innerFail(obj) {
  if (obj.message instanceof Error) {
    throw obj.message;
  }
  throw new AssertionError(obj);
}

// ---------------------------------------------------------------------------------------------
// The message of a failed `assert(value)` without a message: node reads the call's source text
// from the file named in the stack ("The expression evaluated to a falsy value:\n\n  assert(x)").

const errorCache = new Map();

// The caller of `fn` as [file, line, column] (1-based), from a stack trace.
function callSite(fn) {
  const stack = new Error().stack;
  if (typeof stack !== 'string') {
    return undefined;
  }
  const lines = stack.split('\n');
  // `at ok (node:...)`, or `at Function.ok (node:...)` when called as `assert.ok(...)`.
  const index = lines.findIndex((line) => {
    const end = line.indexOf(' (node:');
    if (!line.startsWith('    at ') || end === -1) {
      return false;
    }
    const name = line.slice(7, end);
    return name === fn.name || name.endsWith(`.${fn.name}`);
  });
  const frame = index === -1 ? undefined : lines[index + 1];
  if (frame === undefined || !frame.startsWith('    at ')) {
    return undefined;
  }
  let location = frame.slice(7);
  if (location.endsWith(')') && location.includes('(')) {
    location = location.slice(location.lastIndexOf('(') + 1, -1);
  }
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  return match === null ? undefined : [match[1], Number(match[2]), Number(match[3])];
}

const identifierChar = /[A-Za-z0-9_$\u0080-\uffff]/;
// After these, a `/` starts a regular expression rather than a division.
const regExpAfter = '(,=:[!&|?{};+-*%<>~^';

function skipQuoted(code, i, quote) {
  for (i++; i < code.length; i++) {
    if (code[i] === '\\') {
      i++;
    } else if (code[i] === quote || code[i] === '\n') {
      return i + 1;
    }
  }
  return -1;
}

function skipRegExp(code, i) {
  let inClass = false;
  for (i++; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === ']') {
      inClass = false;
    } else if (ch === '/' && !inClass) {
      i++;
      while (i < code.length && identifierChar.test(code[i])) {
        i++;
      }
      return i;
    } else if (ch === '\n') {
      return -1;
    }
  }
  return -1;
}

// The end (exclusive) of the bracketed code opening at `open`, skipping strings, template
// literals, comments and regular expressions; -1 when it does not close.
function matchingClose(code, open) {
  // Each entry: a closing bracket to wait for, or '`' inside a template literal's text.
  const stack = [];
  let previous = '(';
  let i = open;
  while (i < code.length) {
    const ch = code[i];
    if (stack.length > 0 && stack[stack.length - 1] === '`') {
      if (ch === '\\') {
        i += 2;
      } else if (ch === '`') {
        stack.pop();
        previous = 'a';
        i++;
      } else if (ch === '$' && code[i + 1] === '{') {
        stack.push('}');
        previous = '{';
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      i = skipQuoted(code, i, ch);
      if (i === -1) {
        return -1;
      }
      previous = 'a';
      continue;
    }
    if (ch === '`') {
      stack.push('`');
      i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      if (end === -1) {
        return -1;
      }
      i = end;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) {
        return -1;
      }
      i = end + 2;
      continue;
    }
    if (ch === '/' && regExpAfter.includes(previous)) {
      i = skipRegExp(code, i);
      if (i === -1) {
        return -1;
      }
      previous = 'a';
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(ch === '(' ? ')' : ch === '[' ? ']' : '}');
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) {
        return -1;
      }
      if (stack.length === 0) {
        return i + 1;
      }
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') {
      previous = identifierChar.test(ch) ? 'a' : ch;
    }
    i++;
  }
  return -1;
}

const controlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const controlEscapes = { 8: '\\b', 12: '\\f' };

// The text of the call whose callee (or its last property) starts at `offset` of `code`.
function callText(code, offset) {
  // Back over a member chain on the same line (`assert.ok` when the site points at `ok`).
  let start = offset;
  for (;;) {
    let j = start - 1;
    while (j >= 0 && (code[j] === ' ' || code[j] === '\t')) {
      j--;
    }
    if (j < 0 || code[j] !== '.') {
      break;
    }
    j--;
    if (code[j] === '?') {
      j--;
    }
    while (j >= 0 && (code[j] === ' ' || code[j] === '\t')) {
      j--;
    }
    if (j < 0 || !identifierChar.test(code[j])) {
      break;
    }
    while (j > 0 && identifierChar.test(code[j - 1])) {
      j--;
    }
    start = j;
  }
  // Forward over the callee, to its argument list.
  let i = offset;
  while (i < code.length && (identifierChar.test(code[i]) || code[i] === '.' || code[i] === '?' || /\s/.test(code[i]))) {
    i++;
  }
  if (code[i] !== '(') {
    return undefined;
  }
  const end = matchingClose(code, i);
  if (end === -1) {
    return undefined;
  }
  const text = code.slice(start, end).replace(controlCharacters, (ch) => {
    const unit = ch.charCodeAt(0);
    return controlEscapes[unit] || `\\u${unit.toString(16).padStart(4, '0')}`;
  });
  return [start, text];
}

function getErrMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) {
    return undefined;
  }
  const [filename, line, column] = site;
  if (filename.startsWith('node:')) {
    return undefined;
  }
  const identifier = `${filename}${line}${column}`;
  if (errorCache.has(identifier)) {
    return errorCache.get(identifier);
  }
  let message;
  const source = binding.readSourceText(filename);
  if (typeof source === 'string') {
    let lineStart = 0;
    for (let i = 1; i < line && lineStart !== -1; i++) {
      const next = source.indexOf('\n', lineStart);
      lineStart = next === -1 ? -1 : next + 1;
    }
    const found = lineStart === -1 ? undefined : callText(source.slice(lineStart), column - 1);
    if (found !== undefined) {
      const [callColumn, text] = found;
      // Re-indent continuation lines relative to the call.
      const lines = text.split('\n');
      message = lines.shift();
      for (const frame of lines) {
        let position = 0;
        while (position < callColumn && (frame[position] === ' ' || frame[position] === '\t')) {
          position++;
        }
        message += `\n  ${frame.slice(position)}`;
      }
      message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
    }
  }
  errorCache.set(identifier, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (warned === false) {
      warned = true;
      emitWarning(
        'assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) {
      operator = '!=';
    }
  }
  if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) {
    err.generatedMessage = true;
  }
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = notDeepStrictEqual;
function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw ERR_MISSING_ARGS('actual', 'expected');
  }
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// The picked keys of an error and of its validation object, for a readable diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) {
        return;
      }
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys must match (name and message too for an Error).
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' + `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) {
          message += `\n\nError message:\n\n${actual.message}`;
        }
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function must return true.
    const result = expected.call({}, actual);
    if (result !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` + ` "true". Received ${inspect(result)}`;
        if (isError(actual)) {
          message += `\n\nCaught error:\n\n${actual}`;
        }
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  return types.isPromise(obj) || (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

function ERR_INVALID_RETURN_VALUE(input, name, value) {
  return codedError(
    'TypeError',
    'ERR_INVALID_RETURN_VALUE',
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
  );
}

function ERR_AMBIGUOUS_ARGUMENT(name, reason) {
  return codedError('TypeError', 'ERR_AMBIGUOUS_ARGUMENT', `The "${name}" argument is ambiguous. ${reason}`);
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    // A synchronous throw becomes the rejection of the returned promise.
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) {
      details += ` (${error.name})`;
    }
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) {
    return;
  }
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      return expected.exec(String(actual)) !== null;
    }
    throw ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) {
    return true;
  }
  if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    return false;
  }
  return expected.call({}, actual) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) {
    return;
  }
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` + `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    // Append the original error's frames to the new stack, without duplicates.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const origStackStart = origStack.indexOf('\n    at');
      if (origStackStart !== -1) {
        const originalFrames = origStack.slice(origStackStart + 1).split('\n');
        let newFrames = newErr.stack.split('\n');
        for (const errFrame of originalFrames) {
          const position = newFrames.indexOf(errFrame);
          if (position !== -1) {
            newFrames = newFrames.slice(0, position);
            break;
          }
        }
        newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
      }
    }
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) {
    throw ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) {
      throw message;
    }
    const generatedMessage = !message;
    message =
      message ||
      (typeof string !== 'string'
        ? 'The "string" argument must be of type string. Received type ' + `${typeof string} (${inspect(string)})`
        : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.CallTracker (deprecated, DEP0173): functions that count their calls.
// An anonymous function (node's has no name either).
const noop = [() => {}][0];

function validateUint32(value, name) {
  if (typeof value !== 'number') {
    throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < 1 || value > 4294967295) {
    throw ERR_OUT_OF_RANGE(name, '>= 1 && <= 4294967295', value);
  }
}

class CallTracker {
  #calls = new Map();

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#calls.values()) {
        context.calls = [];
      }
      return;
    }
    this.#contextOf(fn).calls = [];
  }

  getCalls(fn) {
    return this.#contextOf(fn).calls.map((call) => ({ ...call }));
  }

  report() {
    const errors = [];
    for (const context of this.#calls.values()) {
      if (context.calls.length !== context.exact) {
        errors.push({
          message:
            `Expected the ${context.name} function to be executed ${context.exact} time(s) but was executed ` +
            `${context.calls.length} time(s).`,
          actual: context.calls.length,
          expected: context.exact,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(exact, 'expected');
    const context = { exact, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = function(...args) {
      context.calls.push({ thisArg: this, arguments: args });
      return fn.apply(this, args);
    };
    Object.defineProperty(tracked, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(tracked, 'length', { value: fn.length, configurable: true });
    this.#calls.set(tracked, context);
    return tracked;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) {
      return;
    }
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }

  #contextOf(fn) {
    const context = this.#calls.get(fn);
    if (context === undefined) {
      throw ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    }
    return context;
  }
}

assert.CallTracker = deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
