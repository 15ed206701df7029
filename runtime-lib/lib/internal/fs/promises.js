'use strict';
// node:fs/promises (also `fs.promises`): async functions over internal:fs, whose operations
// run on the event loop's blocking pool, and FileHandle for open(). Validation errors reject
// the returned promise, as in node, since every function is async.

const utils = require('internal/fs/utils');
const walk = require('internal/fs/walk');

const {
  binding, constants, bufferResult, validateFunction, validateBoolean, validateObject,
  validateInteger, getValidatedPath, normalizeEncoding, getOptions,
  resultEncoding, nameEncoding, validatedFlags, parseFileMode, getValidMode, toUnixTimestamp,
  validateStringAfterArrayBufferView, StatFs, Dirent, getStatsFromBinding,
  validateRmOptionsObject, isArrayBufferView, validateBuffer, validateOffsetLengthRead,
  validateOffsetLengthWrite, argValueError,
} = utils;
const { nodeError } = require('internal:errors');

const { F_OK } = constants;
const kMaxUserId = 2 ** 32 - 1;

// Calls binding[name](...args) through the event loop; a promise of its result.
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    binding[name](...args, (error, value) => (error ? reject(error) : resolve(value)));
  });
}

// See fs.js: `resolved` is resultEncoding(...) or nameEncoding(...), null for Buffer results.
function bindingEncoding(resolved) {
  return resolved || 'latin1';
}

function finishRead(value, resolved, what) {
  return resolved === null ? bufferResult(value) : value;
}

function statOptionsBigint(options) {
  if (options && options.bigint === true) {
    throw new Error('kiln: fs stats with { bigint: true } need BigInt, which kiln does not have yet');
  }
}

function writeEncoding(encoding) {
  return normalizeEncoding(encoding) || 'utf8';
}

function isCustomIterable(value) {
  return value !== null && typeof value === 'object' && !isArrayBufferView(value) &&
    (typeof value[Symbol.iterator] === 'function' || typeof value[Symbol.asyncIterator] === 'function');
}

// ------------------------------------------------------------------------------------------
// FileHandle

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

// The error of an operation on a closed handle (node's fsCall check).
function closedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  #checked(syscall) {
    if (this[kFd] === -1) {
      throw closedError(syscall);
    }
    return this[kFd];
  }

  async appendFile(data, options) {
    const fd = this.#checked('appendFile');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return writeData(fd, data, options);
  }

  async chmod(mode) {
    const fd = this.#checked('chmod');
    mode = parseFileMode(mode, 'mode');
    return call('fchmod', fd, mode);
  }

  async chown(uid, gid) {
    const fd = this.#checked('chown');
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    return call('fchown', fd, uid, gid);
  }

  async datasync() {
    return call('fdatasync', this.#checked('datasync'));
  }

  async sync() {
    return call('fsync', this.#checked('sync'));
  }

  async read(buffer, offset, length, position) {
    const fd = this.#checked('read');
    if (!isArrayBufferView(buffer)) {
      // read() and read(options) allocate a Buffer in node.
      if (buffer === undefined || buffer === null || buffer.buffer === undefined) {
        buffer = { ...(buffer || {}), buffer: require('buffer').Buffer.alloc(16384) };
      }
      ({ buffer, offset = 0, length = buffer.byteLength - offset, position = null } = buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    validateBuffer(buffer);
    if (offset === undefined || offset === null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (length === undefined || length === null) {
      length = buffer.byteLength - offset;
    }
    if (length === 0) {
      return { __proto__: null, bytesRead: 0, buffer };
    }
    if (buffer.byteLength === 0) {
      throw argValueError('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (!Number.isSafeInteger(position)) {
      position = -1;
    }
    const bytesRead = await call('readInto', fd, buffer, offset, length, position);
    return { __proto__: null, bytesRead, buffer };
  }

  async readFile(options) {
    const fd = this.#checked('readFile');
    options = getOptions(options, { flag: 'r' });
    const data = await call('readFile', fd, 0, bindingEncoding(resultEncoding(options.encoding)));
    return finishRead(data, resultEncoding(options.encoding), 'filehandle.readFile');
  }

  async stat(options) {
    const fd = this.#checked('fstat');
    statOptionsBigint(options);
    return getStatsFromBinding(await call('fstat', fd));
  }

  async truncate(len = 0) {
    const fd = this.#checked('ftruncate');
    validateInteger(len, 'len');
    return call('ftruncate', fd, Math.max(0, len));
  }

  async utimes(atime, mtime) {
    const fd = this.#checked('futimes');
    return call('futimes', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#checked('write');
    if (isArrayBufferView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      if (offset === undefined || offset === null) {
        offset = 0;
      } else {
        validateInteger(offset, 'offset', 0);
      }
      if (typeof length !== 'number') {
        length = buffer.byteLength - offset;
      }
      if (typeof position !== 'number') {
        position = null;
      }
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const bytesWritten = await call('writeBuffer', fd, buffer, offset, length, position);
      return { __proto__: null, bytesWritten, buffer };
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    // For strings node reads (string, position, encoding).
    const at = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    const bytesWritten = await call('writeString', fd, buffer, at, writeEncoding(length));
    return { __proto__: null, bytesWritten, buffer };
  }

  async writeFile(data, options) {
    const fd = this.#checked('writeFile');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return writeData(fd, data, options);
  }

  close() {
    if (this[kFd] === -1) {
      return Promise.resolve();
    }
    if (this[kClosePromise] === null) {
      const fd = this[kFd];
      this[kClosePromise] = call('close', fd).then(() => {
        this[kFd] = -1;
      }, (error) => {
        this[kClosePromise] = null;
        throw error;
      });
    }
    return this[kClosePromise];
  }

  readableWebStream() {
    throw new Error('kiln: filehandle.readableWebStream is not implemented yet');
  }

  readLines() {
    throw new Error('kiln: filehandle.readLines is not implemented yet');
  }

  createReadStream() {
    throw new Error('kiln: filehandle.createReadStream is not implemented yet');
  }

  createWriteStream() {
    throw new Error('kiln: filehandle.createWriteStream is not implemented yet');
  }
}

// Writes `data` (a string, or an iterable of strings) to descriptor `fd` at its position.
async function writeData(fd, data, options) {
  const encoding = writeEncoding(options.encoding);
  if (typeof data !== 'string' && isCustomIterable(data)) {
    const asyncIterator = data[Symbol.asyncIterator];
    const iterator = typeof asyncIterator === 'function'
      ? asyncIterator.call(data) : data[Symbol.iterator]();
    for (;;) {
      const step = await iterator.next();
      if (step.done) {
        return undefined;
      }
      const chunk = await step.value;
      if (!isArrayBufferView(chunk)) {
        validateStringAfterArrayBufferView(chunk, 'data');
      }
      await call('writeFile', fd, chunk, encoding, 0, 0, false);
    }
  }
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  return call('writeFile', fd, data, encoding, 0, 0, false);
}

// ------------------------------------------------------------------------------------------
// The promise API

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call('access', path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyFile', src, dest, getValidMode(mode, 'copyFile'));
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return walk.runPromise(walk.cp(src, dest, options, true));
}

function validateCpOptions(options) {
  const defaults = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
  };
  if (options === undefined) {
    return { ...defaults, mode: 0 };
  }
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  options.mode = utils.getValidCopyMode(options.mode);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw nodeError('TypeError', 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  }
  if (options.filter !== undefined) {
    validateFunction(options.filter, 'options.filter');
  }
  return options;
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = validatedFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsObject(options, walk.defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return walk.runPromise(walk.rm(path, options));
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsObject(options, { recursive: false, retryDelay: 100, maxRetries: 0 });
  if (options.recursive) {
    const stats = await stat(path);
    if (stats.isDirectory()) {
      return walk.runPromise(walk.rimraf(path, options));
    }
  }
  return call('rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || {};
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return call('mkdir', path, parseFileMode(mode, 'mode', 0o777), recursive);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = bindingEncoding(nameEncoding(options.encoding));
  let result;
  if (options.recursive) {
    result = await walk.runPromise(walk.readdirRecursive(path, withFileTypes, encoding));
  } else {
    result = await call('readdir', path, withFileTypes, encoding);
    if (withFileTypes) {
      const [names, types] = result;
      result = names.map((name, i) => new Dirent(name, types[i], path));
    }
  }
  return finishRead(result, nameEncoding(options.encoding), 'fsPromises.readdir');
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const result = await call('readlink', path, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fsPromises.readlink');
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw nodeError('Error', 'ERR_FS_INVALID_SYMLINK_TYPE',
      `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
  }
  return call('symlink', target, path);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  return getStatsFromBinding(await call('lstat', path, true));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  return getStatsFromBinding(await call('stat', path, true));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  return new StatFs(...await call('statfs', path));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call('unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call('chmod', path, mode);
}

async function lchmod(path, mode) { // eslint-disable-line no-unused-vars
  throw nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('utimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call('lutimes', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const result = await call('realpath', path, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fsPromises.realpath');
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const result = await call('mkdtemp', prefix, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fsPromises.mkdtemp');
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  if (typeof data !== 'string' && !isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  if (path instanceof FileHandle) {
    return writeData(path.fd, data, options);
  }
  path = getValidatedPath(path);
  const flags = validatedFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (typeof data === 'string' || isArrayBufferView(data)) {
    return call('writeFile', path, data, writeEncoding(options.encoding), flags, mode, flush);
  }
  const handle = await open(path, flag, mode);
  try {
    await writeData(handle.fd, data, options);
  } finally {
    await handle.close();
  }
  return undefined;
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = validatedFlags(options.flag || 'r');
  let target;
  if (path instanceof FileHandle) {
    target = path.fd;
  } else {
    target = getValidatedPath(path);
  }
  const data = await call('readFile', target, flags, bindingEncoding(resultEncoding(options.encoding)));
  return finishRead(data, resultEncoding(options.encoding), 'fsPromises.readFile');
}

async function opendir() {
  throw new Error('kiln: fsPromises.opendir is not implemented yet');
}

async function watch() {
  throw new Error('kiln: fsPromises.watch is not implemented yet');
}

module.exports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};
