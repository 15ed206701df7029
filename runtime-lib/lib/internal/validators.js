'use strict';
// node's coded errors and argument validators (lib/internal/errors.js, lib/internal/validators.js)
// for the JavaScript core modules: the same codes, classes and message text as node v20.

const { nodeError } = require('internal:errors');
const binding = require('internal:util');

// node's `kTypes`: expected names that read "of type x" (lowercased).
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function isClassName(name) {
  return /^([A-Z][a-z0-9]*)+$/.test(name);
}

// A node error whose stack starts at the caller of the validator, as node's hideStackFrames
// makes it: the frames of this module are dropped.
function codedError(kind, code, message) {
  const error = nodeError(kind, code, message);
  const stack = error.stack;
  if (typeof stack === 'string') {
    const lines = stack.split('\n');
    const first = message.split('\n').length;
    let end = first;
    while (end < lines.length && lines[end].includes('(node:internal/validators:')) {
      end++;
    }
    if (end > first) {
      lines.splice(first, end - first);
      error.stack = lines.join('\n');
    }
  }
  return error;
}

// node's `determineSpecificType`: how "Received ..." describes a value.
function determineSpecificType(value) {
  if (value == null) {
    return '' + value;
  }
  if (typeof value === 'function' && value.name) {
    return `function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${binding.inspect(value, { depth: -1 })}`;
  }
  let inspected = binding.inspect(value, { colors: false });
  if (inspected.length > 28) {
    inspected = `${inspected.slice(0, 25)}...`;
  }
  return `type ${typeof value} (${inspected})`;
}

// "a, b, or c" with node's wording for each group.
function listText(items, prefix) {
  if (items.length > 2) {
    const last = items[items.length - 1];
    return `${prefix}${items.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (items.length === 2) {
    return `${prefix}${items[0]} or ${items[1]}`;
  }
  return `${prefix}${items[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) {
    expected = [expected];
  }
  let message = 'The ';
  if (name.endsWith(' argument')) {
    message += `${name} `;
  } else {
    message += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  message += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (isClassName(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // An instance of Object also covers "of type object".
  if (instances.length > 0) {
    const position = types.indexOf('object');
    if (position !== -1) {
      types.splice(position, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    message += listText(types, types.length > 1 ? 'one of type ' : 'of type ');
    if (instances.length > 0 || other.length > 0) {
      message += ' or ';
    }
  }
  if (instances.length > 0) {
    message += listText(instances, 'an instance of ');
    if (other.length > 0) {
      message += ' or ';
    }
  }
  if (other.length > 0) {
    if (other.length > 1) {
      message += listText(other, 'one of ');
    } else {
      if (other[0].toLowerCase() !== other[0]) {
        message += 'an ';
      }
      message += `${other[0]}`;
    }
  }
  return `${message}. Received ${determineSpecificType(actual)}`;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return codedError('TypeError', 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual));
}

function ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
  let inspected = binding.inspect(value);
  if (inspected.length > 128) {
    inspected = `${inspected.slice(0, 128)}...`;
  }
  const type = name.includes('.') ? 'property' : 'argument';
  return codedError('TypeError', 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

// node's `addNumericalSeparator` for ERR_OUT_OF_RANGE.
function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${text.slice(i - 3, i)}${result}`;
  }
  return `${text.slice(0, i)}${result}`;
}

function ERR_OUT_OF_RANGE(name, range, input, replaceDefaultBoolean = false) {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    const digits = received[0] === '-' ? received.slice(1) : received;
    if (digits.length > 10 || (digits.length === 10 && digits > '4294967296')) {
      received = addNumericalSeparator(received);
    }
    received += 'n';
  } else {
    received = binding.inspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return codedError('RangeError', 'ERR_OUT_OF_RANGE', message);
}

function ERR_MISSING_ARGS(...names) {
  let message = 'The ';
  const wrapped = names.map((name) => (Array.isArray(name) ? name.map((n) => `"${n}"`).join(' or ') : `"${name}"`));
  switch (wrapped.length) {
    case 1:
      message += `${wrapped[0]} argument`;
      break;
    case 2:
      message += `${wrapped[0]} and ${wrapped[1]} arguments`;
      break;
    default:
      message += `${wrapped.slice(0, -1).join(', ')}, and ${wrapped[wrapped.length - 1]} arguments`;
      break;
  }
  return codedError('TypeError', 'ERR_MISSING_ARGS', `${message} must be specified`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') {
    throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') {
    throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateObject(value, name, options = null) {
  const allowArray = options != null && options.allowArray === true;
  const allowFunction = options != null && options.allowFunction === true;
  const nullable = options != null && options.nullable === true;
  if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) || (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) {
    throw ERR_INVALID_ARG_TYPE(name, 'Array', value);
  }
  if (value.length < minLength) {
    throw ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

// node's duck-typed AbortSignal check.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = {
  AbortError,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  codedError,
  determineSpecificType,
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
};
