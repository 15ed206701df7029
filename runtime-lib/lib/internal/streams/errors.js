'use strict';
// The coded errors of node's stream machinery (lib/internal/errors.js): same codes, classes
// and message text as node v20, plus `aggregateTwoErrors`.

const { codedError, AbortError } = require('internal/validators');

function ERR_STREAM_PUSH_AFTER_EOF() {
  return codedError('Error', 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
}

function ERR_STREAM_UNSHIFT_AFTER_END_EVENT() {
  return codedError('Error', 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
}

function ERR_METHOD_NOT_IMPLEMENTED(method) {
  return codedError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', `The ${method} method is not implemented`);
}

function ERR_STREAM_WRITE_AFTER_END() {
  return codedError('Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
}

function ERR_STREAM_DESTROYED(method) {
  return codedError('Error', 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`);
}

function ERR_STREAM_NULL_VALUES() {
  return codedError('TypeError', 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
}

function ERR_MULTIPLE_CALLBACK() {
  return codedError('Error', 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
}

function ERR_STREAM_CANNOT_PIPE() {
  return codedError('Error', 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
}

function ERR_STREAM_ALREADY_FINISHED(method) {
  return codedError('Error', 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${method} after a stream was finished`);
}

function ERR_STREAM_PREMATURE_CLOSE() {
  return codedError('Error', 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
}

function ERR_UNKNOWN_ENCODING(encoding) {
  return codedError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function ERR_INVALID_RETURN_VALUE(input, name, value) {
  let type;
  if (value && value.constructor && value.constructor.name) {
    type = `instance of ${value.constructor.name}`;
  } else {
    type = `type ${typeof value}`;
  }
  return codedError('TypeError', 'ERR_INVALID_RETURN_VALUE', `Expected ${input} to be returned from the "${name}" function but got ${type}.`);
}

// Two errors become one: the first, or an AggregateError of both when they differ (node's
// aggregateTwoErrors, used when a stream fails while it is already failing).
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const error = new AggregateError([outer, inner], outer.message);
    error.code = outer.code;
    return error;
  }
  return inner || outer;
}

module.exports = {
  AbortError,
  ERR_INVALID_RETURN_VALUE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_PREMATURE_CLOSE,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
  aggregateTwoErrors,
};
