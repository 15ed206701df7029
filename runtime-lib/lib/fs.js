'use strict';
// node:fs — the synchronous API, the callback API, and `fs.promises` (internal/fs/promises).
// Every operation validates its arguments as node's lib/fs.js does (same order, same coded
// errors), then calls internal:fs: without a callback the binding runs the system call now and
// throws node's uvException; with one it runs it on the event loop's blocking pool and calls
// back from the poll phase, as libuv's thread pool does for node.
//
// kiln has no Buffer yet: reads without an encoding (which return Buffers in node) perform the
// I/O and then throw an Error saying so. Writes take strings, typed arrays and DataViews;
// read/readSync fill typed arrays and DataViews. Streams are internal/fs/streams; watchers,
// Dir and the vectored calls are not implemented and throw.

const pathModule = require('path');
const utils = require('internal/fs/utils');
const walk = require('internal/fs/walk');

const {
  binding, constants, argTypeError, bufferResult, validateFunction, validateBoolean,
  validateObject, validateInteger, getValidatedFd, getValidatedFdNative, getValidatedPath, toPathIfFileURL,
  validatePath, normalizeEncoding, getOptions, resultEncoding, nameEncoding, stringToFlags,
  validatedFlags,
  parseFileMode, getValidMode, toUnixTimestamp, validateStringAfterArrayBufferView, Stats,
  StatFs, Dirent, getStatsFromBinding, validateRmOptionsObject, isInt32, argValueError,
  isArrayBufferView, validateBuffer, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition,
} = utils;
const { nodeError } = require('internal:errors');
const { emitWarning } = require('internal/warning');

const { F_OK, R_OK, W_OK, X_OK, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION } = constants;
const kMaxUserId = 2 ** 32 - 1;

// ------------------------------------------------------------------------------------------
// Helpers

function makeCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

// maybeCallback: the callback argument of functions whose options may be left out.
function maybeCallback(callback) {
  validateFunction(callback, 'cb');
  return callback;
}

// The encoding the binding decodes with: the resolved one (resultEncoding / nameEncoding),
// or latin1 (bytes kept as they are) when node returns a Buffer, which `finishRead` makes.
function bindingEncoding(resolved) {
  return resolved || 'latin1';
}

// A read result: the string, or a Buffer of its bytes when node returns a Buffer.
function finishRead(value, resolved, what) {
  return resolved === null ? bufferResult(value) : value;
}

// A callback for a binding read; `transform` shapes the binding's value first.
function readCallback(callback, resolved, what, transform) {
  return (error, value) => {
    if (error) {
      callback(error);
      return;
    }
    if (resolved === null) {
      value = bufferResult(value);
    }
    callback(null, transform === undefined ? value : transform(value));
  };
}

// A function of node's name and arity that says it is missing from kiln.
function notImplemented(name, length) {
  const fn = function notImplementedYet() {
    throw new Error(`kiln: fs.${name} is not implemented yet`);
  };
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: length });
  return fn;
}

// writeSync/write of a string: hex data must have an even length.
function validateEncoding(data, encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw argValueError('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// The encoding a string write uses: node's binding falls back to UTF-8 for unknown names.
function writeEncoding(encoding) {
  return normalizeEncoding(encoding) || 'utf8';
}

function isFd(value) {
  return isInt32(value);
}

// node's UTF-8 fast paths test the option's spelling exactly.
function isUtf8Name(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function getDirents(path, result) {
  const [names, types] = result;
  const dirents = [];
  for (let i = 0; i < names.length; i++) {
    dirents.push(new Dirent(names[i], types[i], path));
  }
  return dirents;
}

function statOptionsBigint(options) {
  if (options && options.bigint === true) {
    throw new Error('kiln: fs stats with { bigint: true } need BigInt, which kiln does not have yet');
  }
}

function stringToSymlinkType(type) {
  if (typeof type !== 'string') {
    return 0;
  }
  switch (type) {
    case 'dir': return UV_FS_SYMLINK_DIR;
    case 'junction': return UV_FS_SYMLINK_JUNCTION;
    case 'file': return 0;
  }
  throw nodeError('Error', 'ERR_FS_INVALID_SYMLINK_TYPE',
    `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
}

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) {
    return { ...defaultCpOptions };
  }
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
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

let recursiveRmdirWarned = false;

function emitRecursiveRmdirWarning() {
  if (!recursiveRmdirWarned) {
    recursiveRmdirWarned = true;
    emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
}

function validateRmOptions(options) {
  options = validateRmOptionsObject(options, walk.defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return options;
}

function mkdirArguments(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
    }
    if (options.mode !== undefined) {
      mode = options.mode;
    }
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

// realpath's result in another encoding: the UTF-8 bytes of the path, re-encoded.
function encodeRealpathResult(result, options) {
  if (!options.encoding || options.encoding === 'utf8') {
    return result;
  }
  if (options.encoding === 'buffer') {
    return require('buffer').Buffer.from(result, 'utf8');
  }
  return binding.transcode(result, normalizeEncoding(options.encoding));
}

// ------------------------------------------------------------------------------------------
// Synchronous API

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = validatedFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return binding.open(path, flagsNumber, mode);
}

function closeSync(fd) {
  fd = getValidatedFdNative(fd);
  binding.close(fd);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = validatedFlags(options.flag);
  if (!isFd(path)) {
    path = getValidatedPath(path);
  } else if (!isUtf8Name(options.encoding)) {
    // Only node's non-UTF-8 path checks the descriptor (UTF-8 reads fail in read(2)).
    getValidatedFdNative(path);
  }
  const data = binding.readFile(path, flags, bindingEncoding(resultEncoding(options.encoding)));
  return finishRead(data, resultEncoding(options.encoding), 'fs.readFileSync');
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  const isView = isArrayBufferView(data);
  if (!isView) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  const flags = validatedFlags(options.flag || 'w');
  if (!isFd(path)) {
    path = getValidatedPath(path);
  } else if (isView || !isUtf8Name(options.encoding)) {
    getValidatedFdNative(path);
  }
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFile(path, data, writeEncoding(options.encoding), flags, mode, flush);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) {
    options.flag = 'a';
  }
  writeFileSync(path, data, options);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined && offsetOrOptions !== null) {
      validateObject(offsetOrOptions, 'options');
    }
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions || {});
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    return 0;
  }
  if (buffer.byteLength === 0) {
    throw argValueError('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position === null || position === undefined) {
    position = -1;
  }
  validatePosition(position, 'position');
  return binding.readInto(fd, buffer, offset, length, position);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions || {});
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
    return binding.writeBuffer(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  // For strings node reads (fd, string, position, encoding).
  const at = typeof offset === 'number' ? offset : null;
  return binding.writeString(fd, buffer, at, writeEncoding(length));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  return getStatsFromBinding(binding.stat(path, options.throwIfNoEntry !== false));
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  return getStatsFromBinding(binding.lstat(path, options.throwIfNoEntry !== false));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFdNative(fd);
  statOptionsBigint(options);
  return getStatsFromBinding(binding.fstat(fd));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  statOptionsBigint(options);
  const values = binding.statfs(path);
  return new StatFs(...values);
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive !== undefined && options.recursive !== null) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = bindingEncoding(nameEncoding(options.encoding));
  let result;
  if (options.recursive) {
    result = walk.runSync(walk.readdirRecursive(path, withFileTypes, encoding));
  } else {
    result = binding.readdir(path, withFileTypes, encoding);
    if (withFileTypes) {
      result = getDirents(path, result);
    }
  }
  return finishRead(result, nameEncoding(options.encoding), 'fs.readdirSync');
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirArguments(options);
  const result = binding.mkdir(path, mode, recursive);
  return recursive ? result : undefined;
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const result = binding.mkdtemp(prefix, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fs.mkdtempSync');
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsObject({ ...options, force: false }, walk.defaultRmOptions);
    if (walk.runSync(walk.checkRmTarget(path, options, true))) {
      walk.runSync(walk.rimraf(path, options));
      return;
    }
  } else {
    validateRmOptionsObject(options, { recursive: false, retryDelay: 100, maxRetries: 0 });
  }
  binding.rmdir(path);
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  walk.runSync(walk.rm(path, options));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(path);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  walk.runSync(walk.cp(src, dest, options));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  binding.symlink(target, path);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const result = binding.readlink(path, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fs.readlinkSync');
}

function realpathPath(path) {
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') {
    path += '';
  }
  validatePath(path);
  return path;
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = realpathPath(path);
  return encodeRealpathResult(walk.runSync(walk.realpath(path)), options);
}

realpathSync.native = function (path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const result = binding.realpath(path, bindingEncoding(nameEncoding(options.encoding)));
  return finishRead(result, nameEncoding(options.encoding), 'fs.realpathSync.native');
};

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFdNative(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.chown(path, uid, gid);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.lchown(path, uid, gid);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFdNative(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.fchown(fd, uid, gid);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFdNative(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFdNative(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    ftruncateSync(path, len);
    return;
  }
  if (len === undefined) {
    len = 0;
  }
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsyncSync(fd) {
  fd = getValidatedFdNative(fd);
  binding.fsync(fd);
}

function fdatasyncSync(fd) {
  fd = getValidatedFdNative(fd);
  binding.fdatasync(fd);
}

// ------------------------------------------------------------------------------------------
// Callback API

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    access(path, F_OK, (error) => callback(!error));
  } catch {
    callback(false);
  }
}

// util.promisify(fs.exists) resolves with the boolean (the callback has no error argument).
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  writable: false,
  configurable: true,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = validatedFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function defaultCloseCallback(error) {
  if (error !== null && error !== undefined) {
    throw error;
  }
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFdNative(fd);
  if (callback !== defaultCloseCallback) {
    callback = makeCallback(callback);
  }
  binding.close(fd, callback);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const flags = validatedFlags(options.flag);
  if (isFd(path)) {
    getValidatedFdNative(path);
  } else {
    path = getValidatedPath(path);
  }
  binding.readFile(path, flags, bindingEncoding(resultEncoding(options.encoding)),
    readCallback(callback, resultEncoding(options.encoding), 'fs.readFile'));
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  let fd = null;
  if (isFd(path)) {
    fd = getValidatedFdNative(path);
  } else {
    path = getValidatedPath(path);
  }
  const flags = validatedFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFile(fd === null ? path : fd, data, writeEncoding(options.encoding), flags, mode, flush,
    (error) => callback(error || null));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) {
    options.flag = 'a';
  }
  writeFile(path, data, options, callback);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      if (offsetOrOptions !== null) {
        validateObject(offsetOrOptions, 'options');
      }
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        buffer = params === null || params === undefined || params.buffer === undefined
          ? require('buffer').Buffer.alloc(16384)
          : params.buffer;
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback): node reads into a new 16 KiB Buffer.
      callback = buffer;
      buffer = require('buffer').Buffer.alloc(16384);
    }
    if (params !== null && params !== undefined) {
      validateObject(params, 'options');
    }
    ({ offset = 0, length = buffer && buffer.byteLength - offset, position = null } = params || {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset === undefined || offset === null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw argValueError('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position === null || position === undefined) {
    position = -1;
  }
  validatePosition(position, 'position');
  binding.readInto(fd, buffer, offset, length, position, (error, bytesRead) => {
    callback(error || null, bytesRead || 0, buffer);
  });
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions || {});
    }
    if (offset === undefined || offset === null || typeof offset === 'function') {
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
    binding.writeBuffer(fd, buffer, offset, length, position, (error, written) => {
      callback(error || null, written || 0, buffer);
    });
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  callback = maybeCallback(position);
  const at = typeof offset === 'number' ? offset : null;
  binding.writeString(fd, buffer, at, writeEncoding(length), (error, written) => {
    if (error) {
      callback(error, 0, buffer);
    } else {
      callback(null, written, buffer);
    }
  });
}

function statCallback(callback) {
  callback = makeCallback(callback);
  return (error, values) => {
    if (error) {
      callback(error);
    } else {
      callback(null, getStatsFromBinding(values));
    }
  };
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = statCallback(callback);
  path = getValidatedPath(path);
  statOptionsBigint(options);
  binding.stat(path, true, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = statCallback(callback);
  path = getValidatedPath(path);
  statOptionsBigint(options);
  binding.lstat(path, true, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = statCallback(callback);
  fd = getValidatedFdNative(fd);
  statOptionsBigint(options);
  binding.fstat(fd, callback);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  statOptionsBigint(options);
  binding.statfs(path, (error, values) => {
    if (error) {
      callback(error);
    } else {
      callback(null, new StatFs(...values));
    }
  });
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive !== undefined && options.recursive !== null) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = bindingEncoding(nameEncoding(options.encoding));
  const done = readCallback(callback, nameEncoding(options.encoding), 'fs.readdir',
    withFileTypes && !options.recursive ? (result) => getDirents(path, result) : undefined);
  if (options.recursive) {
    walk.runCallback(walk.readdirRecursive(path, withFileTypes, encoding), done);
    return;
  }
  binding.readdir(path, withFileTypes, encoding, done);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirArguments(options);
  binding.mkdir(path, mode, recursive, callback);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, bindingEncoding(nameEncoding(options.encoding)), readCallback(callback, nameEncoding(options.encoding), 'fs.mkdtemp'));
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsObject({ ...options, force: false }, walk.defaultRmOptions);
    walk.runCallback((function* rmdirRecursive() {
      if (yield* walk.checkRmTarget(path, options, true)) {
        yield* walk.rimraf(path, options);
      } else {
        yield ['rmdir', path];
      }
    })(), (error) => callback(error || null));
    return;
  }
  validateRmOptionsObject(options, { recursive: false, retryDelay: 100, maxRetries: 0 });
  binding.rmdir(path, callback);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  walk.runCallback(walk.rm(path, options), (error) => callback(error || null));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callback);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'), callback);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  walk.runCallback(walk.cp(src, dest, options, true), (error) => callback(error || null));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function symlink(target, path, type, callback) {
  // node takes the callback from the last argument, whatever it is.
  callback = makeCallback(arguments[arguments.length - 1]);
  if (typeof type === 'function') {
    type = undefined;
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  binding.symlink(target, path, callback);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, bindingEncoding(nameEncoding(options.encoding)), readCallback(callback, nameEncoding(options.encoding), 'fs.readlink'));
}

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  path = realpathPath(path);
  walk.runCallback(walk.realpath(path), (error, result) => {
    if (error) {
      callback(error);
      return;
    }
    callback(null, encodeRealpathResult(result, options));
  });
}

realpath.native = function (path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, bindingEncoding(nameEncoding(options.encoding)), readCallback(callback, nameEncoding(options.encoding), 'fs.realpath.native'));
};

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFdNative(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.chown(path, uid, gid, callback);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.lchown(path, uid, gid, callback);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFdNative(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, callback);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFdNative(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFdNative(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  open(path, 'r+', (openError, fd) => {
    if (openError) {
      callback(openError);
      return;
    }
    binding.ftruncate(fd, len, (truncateError) => {
      binding.close(fd, (closeError) => callback(truncateError || closeError || null));
    });
  });
}

function fsync(fd, callback) {
  fd = getValidatedFdNative(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, callback);
}

function fdatasync(fd, callback) {
  fd = getValidatedFdNative(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, callback);
}

// ------------------------------------------------------------------------------------------
// Exports

let promises;

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob: notImplemented('openAsBlob', 1),
  readdir,
  readdirSync,
  read,
  readSync,
  readv: notImplemented('readv', 4),
  readvSync: notImplemented('readvSync', 3),
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile: notImplemented('unwatchFile', 2),
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch: notImplemented('watch', 3),
  watchFile: notImplemented('watchFile', 3),
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev: notImplemented('writev', 4),
  writevSync: notImplemented('writevSync', 3),
  Dirent,
  Stats,
  _toUnixTimestamp: toUnixTimestamp,
  Dir: notImplemented('Dir', 3),
  opendir: notImplemented('opendir', 3),
  opendirSync: notImplemented('opendirSync', 2),
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
};

// Streams (internal/fs/streams), loaded on first use.
let streams;
function lazyStreams() {
  if (streams === undefined) {
    streams = require('internal/fs/streams');
  }
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

for (const [name, streamName] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'], ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  let replaced;
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      return replaced !== undefined ? replaced : lazyStreams()[streamName];
    },
    set(value) {
      replaced = value;
    },
  });
}

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) {
      promises = require('internal/fs/promises');
    }
    return promises;
  },
});
