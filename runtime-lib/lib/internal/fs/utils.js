'use strict';
// Shared pieces of node:fs (node's lib/internal/fs/utils.js and the validators it uses): node's
// coded errors with their exact messages, argument validation (paths, descriptors, modes,
// flags, encodings, times), the Stats and Dirent classes, SystemError, and the encoding
// names. Nothing here touches the file system except through internal:fs.

const { invalidArgType, nodeError } = require('internal:errors');
const { inspect } = require('internal:util');
const binding = require('internal:fs');

const { constants } = binding;
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// ------------------------------------------------------------------------------------------
// Errors

// ERR_INVALID_ARG_TYPE; node calls a dotted name a "property".
function argTypeError(name, expected, value) {
  const error = invalidArgType(name, expected, value);
  if (!name.includes('.')) {
    return error;
  }
  const received = error.message.slice(`The "${name}" argument must be ${expected}. `.length);
  return nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "${name}" property must be ${expected}. ${received}`);
}

// ERR_INVALID_ARG_VALUE.
function argValueError(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) {
    inspected = `${inspected.slice(0, 128)}...`;
  }
  const type = name.includes('.') ? 'property' : 'argument';
  return nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${text.slice(i - 3, i)}${result}`;
  }
  return `${text.slice(0, i)}${result}`;
}

// ERR_OUT_OF_RANGE.
function outOfRangeError(name, range, value) {
  const received = Number.isInteger(value) && Math.abs(value) > 2 ** 32
    ? addNumericalSeparator(String(value))
    : inspect(value);
  return nodeError('RangeError', 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

const { systemError } = require('internal/system_error');

// A binding result decoded as latin1 (one char per byte) as the Buffer node returns; arrays
// of names (readdir) and Dirents convert element by element.
function bufferResult(value) {
  const { Buffer } = require('buffer');
  if (typeof value === 'string') {
    return Buffer.from(value, 'latin1');
  }
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item === 'string') {
        return Buffer.from(item, 'latin1');
      }
      if (item !== null && typeof item === 'object' && typeof item.name === 'string') {
        item.name = Buffer.from(item.name, 'latin1');
      }
      return item;
    });
  }
  return value;
}

// ------------------------------------------------------------------------------------------
// Validators

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw argTypeError(name, 'of type function', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw argTypeError(name, 'of type boolean', value);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw argTypeError(name, 'of type object', value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') {
    throw argTypeError(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRangeError(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw outOfRangeError(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') {
    throw argTypeError(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRangeError(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw outOfRangeError(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') {
    throw argTypeError(name, 'of type number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRangeError(name, 'an integer', value);
  }
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295) {
    throw outOfRangeError(name, `>= ${min} && <= 4294967295`, value);
  }
}

function isInt32(value) {
  return value === (value | 0);
}

// The descriptor check node's C++ binding makes (close, fstat, fsync, ftruncate, ...): range
// before integrality, and the value shown as a plain number.
function getValidatedFdNative(fd) {
  if (typeof fd !== 'number') {
    throw argTypeError('fd', 'of type number', fd);
  }
  const outOfRange = fd < 0 || fd > 2147483647;
  if (outOfRange || !Number.isSafeInteger(fd)) {
    const range = outOfRange && fd !== Infinity && fd !== -Infinity ? '>= 0 && <= 2147483647' : 'an integer';
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "fd" is out of range. It must be ${range}. Received ${String(fd)}`);
  }
  return fd === 0 ? 0 : fd;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) {
    return 0;
  }
  validateInt32(fd, name, 0);
  return fd;
}

// A `file:` URL object (node's isURL duck test), converted to its path.
function isURL(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '') {
    throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string') {
    throw argTypeError(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (path.includes('\u0000')) {
    throw argValueError(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

function getValidatedPath(value, name = 'path') {
  const path = toPathIfFileURL(value);
  validatePath(path, name);
  return path;
}

// ------------------------------------------------------------------------------------------
// Options, encodings, flags, modes, times

const encodingNames = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii', hex: 'hex', base64: 'base64', base64url: 'base64url',
};

// The canonical name of a node encoding, or undefined.
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') {
    return 'utf8';
  }
  if (typeof encoding !== 'string') {
    return undefined;
  }
  return encodingNames[encoding.toLowerCase()];
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingNames[encoding.toLowerCase()] !== undefined;
}

function assertEncoding(encoding) {
  if (encoding && !isEncoding(encoding)) {
    throw argValueError('encoding', encoding, 'is invalid encoding');
  }
}

// node's getOptions: a string is the encoding; null, undefined and functions give the
// defaults; anything else but an object is a type error.
function getOptions(options, defaults = {}) {
  if (options === null || options === undefined || typeof options === 'function') {
    return defaults;
  }
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw argTypeError('options', 'one of type string or object', options);
  }
  if (options.encoding !== 'buffer') {
    assertEncoding(options.encoding);
  }
  return options;
}

// The encoding to decode file contents with, or null for Buffer results (which kiln lacks):
// readFile without an encoding returns a Buffer.
function resultEncoding(encoding) {
  if (!encoding || encoding === 'buffer') {
    return null;
  }
  return normalizeEncoding(encoding);
}

// The encoding of names and paths (readdir, readlink, realpath, mkdtemp): UTF-8 unless asked
// otherwise (unknown names too, as node's binding falls back), null for 'buffer'.
function nameEncoding(encoding) {
  if (encoding === 'buffer') {
    return null;
  }
  return normalizeEncoding(encoding) || 'utf8';
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    return flags;
  }
  if (flags === null || flags === undefined) {
    return O_RDONLY;
  }
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw argValueError(name, flags);
}

// Flags as the binding takes them: an int32 (numbers are validated as node's C++ does).
function validatedFlags(flags, name = 'flags') {
  const value = stringToFlags(flags, name);
  validateInt32(value, name);
  return value;
}

function parseFileMode(value, name, defaultValue) {
  value = value === undefined || value === null ? defaultValue : value;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw argValueError(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// The mode of access() (F_OK..R_OK|W_OK|X_OK) and copyFile() (COPYFILE_* bits), checked as
// node's binding checks them: any number in range passes (truncated).
function getValidMode(mode, type) {
  const def = type === 'copyFile' ? 0 : constants.F_OK;
  if (mode === undefined || mode === null) {
    return def;
  }
  if (typeof mode !== 'number') {
    throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > 7) {
    throw nodeError('RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode | 0;
}

// cp's `mode` option, checked by node's JavaScript getValidMode.
function getValidCopyMode(mode) {
  if (mode === undefined || mode === null) {
    return 0;
  }
  if (Number.isInteger(mode) && mode >= 0 && mode <= 7) {
    return mode;
  }
  if (typeof mode !== 'number') {
    throw argTypeError('mode', 'of type number', mode);
  }
  if (!Number.isInteger(mode)) {
    throw outOfRangeError('mode', 'an integer', mode);
  }
  throw outOfRangeError('mode', '>= 0 && <= 7', mode);
}

// Seconds since the epoch from a Date, a number or a numeric string (negative: now).
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) { // eslint-disable-line eqeqeq
    return +time;
  }
  if (Number.isFinite(time)) {
    if (time < 0) {
      return Date.now() / 1000;
    }
    return time;
  }
  if (time instanceof Date) {
    return time.getTime() / 1000;
  }
  throw argTypeError(name, 'an instance of Date or an Time in seconds', time);
}

// A typed array or DataView (what node calls an ArrayBufferView; Buffers are Uint8Arrays).
function isArrayBufferView(value) {
  return typeof ArrayBuffer === 'function' && ArrayBuffer.isView(value);
}

// The buffer argument of read(): an ArrayBufferView.
function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) {
    throw argTypeError(name, 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) {
    throw outOfRangeError('offset', '>= 0', offset);
  }
  if (length < 0) {
    throw outOfRangeError('length', '>= 0', length);
  }
  if (offset + length > bufferLength) {
    throw outOfRangeError('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) {
    throw outOfRangeError('offset', `<= ${byteLength}`, offset);
  }
  if (length > byteLength - offset) {
    throw outOfRangeError('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) {
    throw outOfRangeError('length', '>= 0', length);
  }
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else {
    throw argTypeError(name, 'of type bigint or integer', position);
  }
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw argTypeError(name, 'of type string or an instance of Buffer, TypedArray, or DataView', value);
  }
}

// ------------------------------------------------------------------------------------------
// Stats and Dirent

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function isFile() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function isBlockDevice() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function isFIFO() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function isSocket() {
  return this._checkModeProperty(S_IFSOCK);
};

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);

Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};
Stats.prototype.isFile = StatsBase.prototype.isFile;

function msFromTimeSpec(seconds, nanoseconds) {
  return seconds * 1e3 + nanoseconds / 1e6;
}

// A Stats object from the binding's 18 numbers.
function getStatsFromBinding(values) {
  if (values === undefined) {
    return undefined;
  }
  return new Stats(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
    values[7], values[8], values[9],
    msFromTimeSpec(values[10], values[11]), msFromTimeSpec(values[12], values[13]),
    msFromTimeSpec(values[14], values[15]), msFromTimeSpec(values[16], values[17]));
}

function isFileType(values, fileType) {
  return (values[1] & S_IFMT) === fileType;
}

function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// The rm options node validates (validateRmdirOptions over the rm defaults).
function validateRmOptionsObject(options, defaults) {
  if (options === undefined) {
    return { ...defaults };
  }
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

module.exports = {
  binding,
  constants,
  argTypeError,
  argValueError,
  outOfRangeError,
  systemError,
  bufferResult,
  validateFunction,
  validateBoolean,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  isInt32,
  getValidatedFd,
  getValidatedFdNative,
  getValidatedPath,
  toPathIfFileURL,
  validatePath,
  normalizeEncoding,
  isEncoding,
  assertEncoding,
  getOptions,
  resultEncoding,
  nameEncoding,
  stringToFlags,
  validatedFlags,
  parseFileMode,
  getValidMode,
  getValidCopyMode,
  toUnixTimestamp,
  validateStringAfterArrayBufferView,
  isArrayBufferView,
  validateBuffer,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  Stats,
  StatFs,
  Dirent,
  getStatsFromBinding,
  isFileType,
  validateRmOptionsObject,
  S_IFMT,
  S_IFDIR,
  S_IFLNK,
  S_IFREG,
};
