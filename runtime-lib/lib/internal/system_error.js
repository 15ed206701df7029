'use strict';
// node's SystemError (lib/internal/errors.js): errors about a failed system operation whose
// message reads `${prefix}: ${syscall} returned ${code} (${message}) ${path} => ${dest}`, with
// the context as `info` and accessors for errno, syscall, path and dest. Used by fs (rm, cp)
// and os (ERR_SYSTEM_ERROR).

// The message prefixes of node's SystemError codes.
const systemErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_SYSTEM_ERROR: 'A system error occurred',
  ERR_TTY_INIT_FAILED: 'TTY initialization failed',
};

// node's SystemError: `${prefix}: ${syscall} returned ${code} (${message}) ${path}`, with
// `info` (the context) and accessors for errno, syscall, path and dest.
class SystemError extends Error {
  constructor(key, context) {
    super();
    let message = `${systemErrorPrefixes[key]}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) {
      message += ` ${context.path}`;
    }
    if (context.dest !== undefined) {
      message += ` => ${context.dest}`;
    }
    Object.defineProperty(this, 'message', { value: message, enumerable: false, writable: true, configurable: true });
    // The stack header shows the code, as node's addCodeToName arranges.
    this.name = `SystemError [${key}]`;
    this.stack; // eslint-disable-line no-unused-expressions
    Object.defineProperty(this, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
    this.code = key;
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true, writable: false });
    Object.defineProperty(this, 'errno', {
      get() { return context.errno; },
      set(value) { context.errno = value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'syscall', {
      get() { return context.syscall; },
      set(value) { context.syscall = value; },
      enumerable: true,
      configurable: true,
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path; },
        set(value) { context.path = value; },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest; },
        set(value) { context.dest = value; },
        enumerable: true,
        configurable: true,
      });
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function systemError(key, context) {
  return new SystemError(key, context);
}

module.exports = { SystemError, systemError };
