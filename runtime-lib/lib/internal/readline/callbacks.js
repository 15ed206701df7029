'use strict';
// readline.cursorTo, moveCursor, clearLine and clearScreenDown: ANSI escape sequences written
// to a stream, with node's argument checks and callbacks.

const { ERR_INVALID_ARG_VALUE, codedError, validateFunction } = require('internal/validators');

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function ERR_INVALID_CURSOR_POS() {
  return codedError('TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
}

// Nothing to write: the callback still runs, on the next tick.
function skip(callback) {
  if (typeof callback === 'function') {
    process.nextTick(callback, null);
  }
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) {
    throw ERR_INVALID_ARG_VALUE('x', x);
  }
  if (Number.isNaN(y)) {
    throw ERR_INVALID_ARG_VALUE('y', y);
  }
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return skip(callback);
  }
  if (typeof x !== 'number') {
    throw ERR_INVALID_CURSOR_POS();
  }
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }
  if (stream == null || !(dx || dy)) {
    return skip(callback);
  }
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
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }
  if (stream === null || stream === undefined) {
    return skip(callback);
  }
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }
  if (stream === null || stream === undefined) {
    return skip(callback);
  }
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  CSI,
  clearLine,
  clearScreenDown,
  cursorTo,
  kClearLine,
  kClearScreenDown,
  kClearToLineBeginning,
  kClearToLineEnd,
  moveCursor,
};
