'use strict';
// node:tty — isatty and the terminal stream classes. process.stdout/stderr on a terminal are
// TtyWriteStreams (internal/fd_streams); tty.WriteStream is that class for any descriptor.

const { FdReadStream, TtyWriteStream } = require('internal/fd_streams');
const binding = require('internal:stdio');
const { nodeError } = require('internal:errors');
const { systemError } = require('internal/system_error');

// tty.isatty(fd): false for anything but a valid descriptor number that is a terminal.
function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

// The descriptor checks of node's tty stream constructors.
function checkTerminal(fd) {
  if (fd >> 0 !== fd || fd < 0) {
    throw nodeError('RangeError', 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }
  if (!binding.isatty(fd)) {
    throw systemError('ERR_TTY_INIT_FAILED', { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
  }
}

class ReadStream extends FdReadStream {
  constructor(fd, options) {
    checkTerminal(fd);
    super(fd, { highWaterMark: 64 * 1024, ...options });
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode() {
    throw new Error('kiln does not implement tty.ReadStream#setRawMode() yet');
  }
}

class WriteStream extends TtyWriteStream {
  constructor(fd) {
    checkTerminal(fd);
    super(fd);
  }
}

module.exports = { isatty, ReadStream, WriteStream };
