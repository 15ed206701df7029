'use strict';
// highWaterMark defaults and validation (node v20: 16 KiB for byte streams, 16 objects in
// object mode; `stream.setDefaultHighWaterMark` changes them).

const { ERR_INVALID_ARG_VALUE, validateInteger } = require('internal/validators');

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  if (options.highWaterMark != null) {
    return options.highWaterMark;
  }
  return isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) {
    defaultHighWaterMarkObjectMode = value;
  } else {
    defaultHighWaterMarkBytes = value;
  }
}

// The highWaterMark of a new state from its options (`duplexKey` is readableHighWaterMark or
// writableHighWaterMark for one side of a Duplex).
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const value = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (value != null) {
    if (!Number.isInteger(value) || value < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw ERR_INVALID_ARG_VALUE(name, value);
    }
    return Math.floor(value);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getDefaultHighWaterMark, getHighWaterMark, setDefaultHighWaterMark };
