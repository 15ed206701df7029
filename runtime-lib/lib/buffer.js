'use strict';
// node:buffer — `Buffer` as node v20 has it: a subclass of Uint8Array (FastBuffer) whose
// prototype is Buffer.prototype, the 8 KiB allocation pool that small buffers share, the
// encodings (utf8, ucs2/utf16le, latin1/binary, ascii, hex, base64, base64url), and the
// numeric reads and writes with node's range errors. The byte work (string encoding with
// node's partial-write rules, searching, comparing, filling) is the `internal:buffer` binding;
// argument checking and the numeric accessors follow node's lib/buffer.js and
// lib/internal/buffer.js step by step, since their order is observable in error messages.
//
// Installs the globals `Buffer`, `atob` and `btoa` (compiler/src/source/core_lib.rs JS_GLOBALS).

const binding = require('internal:buffer');
const { inspect: utilInspect } = require('internal:util');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  codedError,
  validateArray,
  validateNumber,
  validateString,
} = require('internal/validators');
const { DOMException } = require('internal/dom_exception');
const { normalizeEncoding } = require('internal/normalize_encoding');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedArrayBufferByteLength = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get;
const TypedArrayFill = TypedArrayPrototype.fill;
const TypedArraySet = TypedArrayPrototype.set;

// ------------------------------------------------------------------------------------ errors

function ERR_BUFFER_OUT_OF_BOUNDS(name = undefined) {
  const message = name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds';
  return codedError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS', message);
}

function ERR_UNKNOWN_ENCODING(encoding) {
  return codedError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
}

function ERR_INVALID_BUFFER_SIZE(suffix) {
  return codedError('RangeError', 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${suffix}`);
}

// ------------------------------------------------------------------------------------ types

function isUint8Array(value) {
  return getTypedArrayTag.call(value) === 'Uint8Array';
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isArrayBuffer(value) {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  try {
    getArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

function isSharedArrayBuffer(value) {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  try {
    getSharedArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// ------------------------------------------------------------------------------------ encodings

function base64ByteLength(str, bytes) {
  // Handle padding.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  // Base64 ratio: 3/4.
  return (bytes * 3) >>> 2;
}

function makeOps(encoding, byteLength, indexOf) {
  return {
    encoding,
    encodingVal: encoding,
    byteLength,
    write: (buf, string, offset, len) => binding.write(buf, string, offset, len, encoding),
    slice: (buf, start, end) => binding.slice(buf, start, end, encoding),
    indexOf,
  };
}

const encodingOps = {
  utf8: makeOps('utf8', (string) => binding.byteLengthUtf8(string), (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, 'utf8', dir)),
  ucs2: makeOps('utf16le', (string) => string.length * 2, (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, 'utf16le', dir)),
  utf16le: makeOps('utf16le', (string) => string.length * 2, (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, 'utf16le', dir)),
  latin1: makeOps('latin1', (string) => string.length, (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, 'latin1', dir)),
  ascii: makeOps('ascii', (string) => string.length, (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, 'latin1', dir)),
  base64: makeOps('base64', (string) => base64ByteLength(string, string.length), (buf, val, byteOffset, dir) =>
    binding.indexOfBuffer(buf, fromStringFast(val, encodingOps.base64), byteOffset, 'base64', dir)),
  base64url: makeOps('base64url', (string) => base64ByteLength(string, string.length), (buf, val, byteOffset, dir) =>
    binding.indexOfBuffer(buf, fromStringFast(val, encodingOps.base64url), byteOffset, 'base64url', dir)),
  hex: makeOps('hex', (string) => string.length >>> 1, (buf, val, byteOffset, dir) =>
    binding.indexOfBuffer(buf, fromStringFast(val, encodingOps.hex), byteOffset, 'hex', dir)),
};

// node's `getEncodingOps`: the operations of an encoding name, any case.
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------ Buffer

class FastBuffer extends Uint8Array {
  // A constructor of its own keeps `super`'s arguments exactly the ones given.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  // Ensure aligned slices.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

let bufferWarningAlreadyEmitted = false;
const bufferWarning =
  'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';

// node warns once (DEP0005) unless the caller is code under node_modules.
function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted) {
    return;
  }
  const stack = new Error().stack || '';
  const callers = stack.split('\n').slice(3);
  const caller = callers.find((line) => !line.includes('(node:'));
  if (caller !== undefined && /[\\/]node_modules[\\/]/.test(caller)) {
    return;
  }
  require('internal/warning').emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

/**
 * The Buffer() constructor is deprecated in documentation and should not be used moving
 * forward; it works like Buffer.alloc / Buffer.from, with or without `new`.
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  // Common case.
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return FastBuffer;
  },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;
createPool();

/**
 * Buffer.from(str[, encoding]), Buffer.from(array), Buffer.from(buffer),
 * Buffer.from(arrayBuffer[, byteOffset[, length]]).
 */
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    return fromString(value, encodingOrOffset);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) {
      return fromArrayBuffer(value, encodingOrOffset, length);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) {
      return b;
    }
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') {
        return fromString(primitive, encodingOrOffset);
      }
    }
  }
  throw ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

/** Buffer.copyBytesFrom(view[, offset[, length]]): a copy of a typed array's elements. */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || getTypedArrayTag.call(view) === undefined) {
    throw ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) {
    return Buffer.alloc(0);
  }
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const elementSize = view.BYTES_PER_ELEMENT;
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.length * elementSize));
};

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

const of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};
Buffer.of = of;

/** Creates a new filled Buffer instance: alloc(size[, fill[, encoding]]). */
Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

/** Equivalent to Buffer(num), by default creates a non-zero-filled Buffer instance. */
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

/** Equivalent to SlowBuffer(num), a Buffer outside the pool. */
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

// If --zero-fill-buffers command line argument is set, a zero-filled buffer is returned.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}

Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function allocate(size) {
  if (size <= 0) {
    return new FastBuffer();
  }
  if (size < Buffer.poolSize >>> 1) {
    if (size > poolSize - poolOffset) {
      createPool();
    }
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  const length = ops.byteLength(string);
  if (length >= Buffer.poolSize >>> 1) {
    const b = createUnsafeBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (length > poolSize - poolOffset) {
    createPool();
  }
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    // byteLength() may overestimate. That's a rare case, though.
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) {
      return new FastBuffer();
    }
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) {
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    if (string.length === 0) {
      return new FastBuffer();
    }
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  // Convert byteOffset to integer.
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) {
      byteOffset = 0;
    }
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) {
    throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  }
  if (length === undefined) {
    length = maxLength;
  } else {
    // Convert length to non-negative integer.
    length = +length;
    if (length > 0) {
      if (length > maxLength) {
        throw ERR_BUFFER_OUT_OF_BOUNDS('length');
      }
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) {
    return new FastBuffer();
  }
  if (obj.length < Buffer.poolSize >>> 1) {
    if (obj.length > poolSize - poolOffset) {
      createPool();
    }
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') {
      return new FastBuffer();
    }
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
    return fromArrayLike(obj.data);
  }
}

// Static methods

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) {
    throw ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  }
  if (!isUint8Array(buf2)) {
    throw ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  }
  if (buf1 === buf2) {
    return 0;
  }
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
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

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) {
    return new FastBuffer();
  }
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) {
        length += list[i].length;
      }
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // TODO(BridgeAR): This should not be of type ERR_INVALID_ARG_TYPE.
      // Instead, find the proper error code for this.
      throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  // Note: `length` is always equal to `buffer.length` at this point.
  if (pos < length) {
    // Zero-fill the remaining bytes if the specified `length` was more than the actual total
    // length, i.e. if we have some remaining allocated bytes there were not initialized.
    TypedArrayFill.call(buffer, 0, pos, length);
  }
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) {
      return string.byteLength;
    }
    throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) {
    return 0;
  }
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops) {
      return ops.byteLength(string);
    }
  }
  return binding.byteLengthUtf8(string);
}

Buffer.byteLength = byteLength;

// ------------------------------------------------------------------------------------ prototype

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) {
      throw ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) {
      throw ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) {
    return 0;
  }
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) {
    nb = sourceLen;
  }
  if (nb <= 0) {
    return 0;
  }
  return binding.copy(source, target, targetStart, sourceStart, nb);
}

const proto = Buffer.prototype;

// The numeric accessors, in node's order (lib/internal/buffer.js addBufferPrototypeMethods).
function validateBuffer(buf) {
  if (!isUint8Array(buf)) {
    throw ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) {
    throw ERR_BUFFER_OUT_OF_BOUNDS();
  }
  throw ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Read integers.
function readBigUInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  const val = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + (last << 24); // Overflow
  return (BigInt(val) << 32n) + BigInt(first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24);
}

function readBigInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  const val = (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset]; // Overflow
  return (BigInt(val) << 32n) + BigInt(this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last);
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) {
    throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  }
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt48LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 6);
  }
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 + (buf[++offset] + last * 2 ** 8) * 2 ** 32;
}

function readUInt40LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 5);
  }
  return first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24 + last * 2 ** 32;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
}

function readUInt24LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 3);
  }
  return first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 2);
  }
  return first + last * 2 ** 8;
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) {
    boundsError(offset, this.length - 1);
  }
  return val;
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) {
    throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  }
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt48BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 6);
  }
  return (first * 2 ** 8 + buf[++offset]) * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt40BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 5);
  }
  return first * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  return first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
}

function readUInt24BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 3);
  }
  return first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 2);
  }
  return first * 2 ** 8 + last;
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) {
    throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  }
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readInt48LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 6);
  }
  const val = buf[offset + 4] + last * 2 ** 8;
  return (val | ((val & 2 ** 15) * 0x1fffe)) * 2 ** 32 + first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt40LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 5);
  }
  return (last | ((last & 2 ** 7) * 0x1fffffe)) * 2 ** 32 + first + buf[++offset] * 2 ** 8 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 24;
}

function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  return first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + (last << 24); // Overflow
}

function readInt24LE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 3);
  }
  const val = first + buf[++offset] * 2 ** 8 + last * 2 ** 16;
  return val | ((val & 2 ** 23) * 0x1fe);
}

function readInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 2);
  }
  const val = first + last * 2 ** 8;
  return val | ((val & 2 ** 15) * 0x1fffe);
}

function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) {
    boundsError(offset, this.length - 1);
  }
  return val | ((val & 2 ** 7) * 0x1fffffe);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) {
    throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  }
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readInt48BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 6);
  }
  const val = buf[++offset] + first * 2 ** 8;
  return (val | ((val & 2 ** 15) * 0x1fffe)) * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readInt40BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 5);
  }
  return (first | ((first & 2 ** 7) * 0x1fffffe)) * 2 ** 32 + buf[++offset] * 2 ** 24 + buf[++offset] * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
}

function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  return (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last; // Overflow
}

function readInt24BE(buf, offset = 0) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - 3);
  }
  const val = first * 2 ** 16 + buf[++offset] * 2 ** 8 + last;
  return val | ((val & 2 ** 23) * 0x1fe);
}

function readInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 2);
  }
  const val = first * 2 ** 8 + last;
  return val | ((val & 2 ** 15) * 0x1fffe);
}

// Read floats through a shared scratch array, as node does.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function readFloatBackwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  uInt8Float32Array[3] = first;
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[0] = last;
  return float32Array[0];
}

function readFloatForwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 4);
  }
  uInt8Float32Array[0] = first;
  uInt8Float32Array[1] = this[++offset];
  uInt8Float32Array[2] = this[++offset];
  uInt8Float32Array[3] = last;
  return float32Array[0];
}

function readDoubleBackwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  uInt8Float64Array[7] = first;
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[0] = last;
  return float64Array[0];
}

function readDoubleForwards(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) {
    boundsError(offset, this.length - 8);
  }
  uInt8Float64Array[0] = first;
  uInt8Float64Array[1] = this[++offset];
  uInt8Float64Array[2] = this[++offset];
  uInt8Float64Array[3] = this[++offset];
  uInt8Float64Array[4] = this[++offset];
  uInt8Float64Array[5] = this[++offset];
  uInt8Float64Array[6] = this[++offset];
  uInt8Float64Array[7] = last;
  return float64Array[0];
}

// Write integers.
function writeBigU_Int64LE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  lo = lo >> 8;
  buf[offset++] = lo;
  let hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  hi = hi >> 8;
  buf[offset++] = hi;
  return offset;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigU_Int64BE(buf, value, offset, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  buf[offset + 7] = lo;
  lo = lo >> 8;
  buf[offset + 6] = lo;
  lo = lo >> 8;
  buf[offset + 5] = lo;
  lo = lo >> 8;
  buf[offset + 4] = lo;
  let hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset + 3] = hi;
  hi = hi >> 8;
  buf[offset + 2] = hi;
  hi = hi >> 8;
  buf[offset + 1] = hi;
  hi = hi >> 8;
  buf[offset] = hi;
  return offset + 8;
}

function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}

function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64LE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64BE(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const newVal = Math.floor(value * 2 ** -32);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  buf[offset++] = newVal;
  buf[offset++] = newVal >>> 8;
  return offset;
}

function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  const newVal = value;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  buf[offset++] = Math.floor(newVal * 2 ** -32);
  return offset;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  return offset;
}

function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  value = value >>> 8;
  buf[offset++] = value;
  return offset;
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = value;
  buf[offset++] = value >>> 8;
  return offset;
}

function writeUInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, 0, 0xffff);
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  // `checkInt()` can not be used here because it checks two entries.
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) {
    boundsError(offset, buf.length - 1);
  }
  buf[offset] = value;
  return offset + 1;
}

function writeUInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, 0, 0xff);
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const newVal = Math.floor(value * 2 ** -32);
  buf[offset++] = newVal >>> 8;
  buf[offset++] = newVal;
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset++] = Math.floor(value * 2 ** -32);
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
}

function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 3;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset++] = value >>> 8;
  buf[offset++] = value;
  return offset;
}

function writeUInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, 0, 0xffff);
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}

function writeInt8(value, offset = 0) {
  return writeU_Int8(this, value, offset, -0x80, 0x7f);
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}

// Write floats.
function writeDoubleForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[0];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[7];
  return offset;
}

function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 7);
  float64Array[0] = val;
  this[offset++] = uInt8Float64Array[7];
  this[offset++] = uInt8Float64Array[6];
  this[offset++] = uInt8Float64Array[5];
  this[offset++] = uInt8Float64Array[4];
  this[offset++] = uInt8Float64Array[3];
  this[offset++] = uInt8Float64Array[2];
  this[offset++] = uInt8Float64Array[1];
  this[offset++] = uInt8Float64Array[0];
  return offset;
}

function writeFloatForwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[0];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[3];
  return offset;
}

function writeFloatBackwards(val, offset = 0) {
  val = +val;
  checkBounds(this, offset, 3);
  float32Array[0] = val;
  this[offset++] = uInt8Float32Array[3];
  this[offset++] = uInt8Float32Array[2];
  this[offset++] = uInt8Float32Array[1];
  this[offset++] = uInt8Float32Array[0];
  return offset;
}

// The functions keep node's names (readUint8 is readUInt8 under another key).
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;
const numeric = [
  ['readBigUInt64LE', readBigUInt64LE],
  ['readBigUInt64BE', readBigUInt64BE],
  ['readBigUint64LE', readBigUInt64LE],
  ['readBigUint64BE', readBigUInt64BE],
  ['readBigInt64LE', readBigInt64LE],
  ['readBigInt64BE', readBigInt64BE],
  ['writeBigUInt64LE', writeBigUInt64LE],
  ['writeBigUInt64BE', writeBigUInt64BE],
  ['writeBigUint64LE', writeBigUInt64LE],
  ['writeBigUint64BE', writeBigUInt64BE],
  ['writeBigInt64LE', writeBigInt64LE],
  ['writeBigInt64BE', writeBigInt64BE],
  ['readUIntLE', readUIntLE],
  ['readUInt32LE', readUInt32LE],
  ['readUInt16LE', readUInt16LE],
  ['readUInt8', readUInt8],
  ['readUIntBE', readUIntBE],
  ['readUInt32BE', readUInt32BE],
  ['readUInt16BE', readUInt16BE],
  ['readUintLE', readUIntLE],
  ['readUint32LE', readUInt32LE],
  ['readUint16LE', readUInt16LE],
  ['readUint8', readUInt8],
  ['readUintBE', readUIntBE],
  ['readUint32BE', readUInt32BE],
  ['readUint16BE', readUInt16BE],
  ['readIntLE', readIntLE],
  ['readInt32LE', readInt32LE],
  ['readInt16LE', readInt16LE],
  ['readInt8', readInt8],
  ['readIntBE', readIntBE],
  ['readInt32BE', readInt32BE],
  ['readInt16BE', readInt16BE],
  ['writeUIntLE', writeUIntLE],
  ['writeUInt32LE', writeUInt32LE],
  ['writeUInt16LE', writeUInt16LE],
  ['writeUInt8', writeUInt8],
  ['writeUIntBE', writeUIntBE],
  ['writeUInt32BE', writeUInt32BE],
  ['writeUInt16BE', writeUInt16BE],
  ['writeUintLE', writeUIntLE],
  ['writeUint32LE', writeUInt32LE],
  ['writeUint16LE', writeUInt16LE],
  ['writeUint8', writeUInt8],
  ['writeUintBE', writeUIntBE],
  ['writeUint32BE', writeUInt32BE],
  ['writeUint16BE', writeUInt16BE],
  ['writeIntLE', writeIntLE],
  ['writeInt32LE', writeInt32LE],
  ['writeInt16LE', writeInt16LE],
  ['writeInt8', writeInt8],
  ['writeIntBE', writeIntBE],
  ['writeInt32BE', writeInt32BE],
  ['writeInt16BE', writeInt16BE],
  ['readFloatLE', bigEndian ? readFloatBackwards : readFloatForwards],
  ['readFloatBE', bigEndian ? readFloatForwards : readFloatBackwards],
  ['readDoubleLE', bigEndian ? readDoubleBackwards : readDoubleForwards],
  ['readDoubleBE', bigEndian ? readDoubleForwards : readDoubleBackwards],
  ['writeFloatLE', bigEndian ? writeFloatBackwards : writeFloatForwards],
  ['writeFloatBE', bigEndian ? writeFloatForwards : writeFloatBackwards],
  ['writeDoubleLE', bigEndian ? writeDoubleBackwards : writeDoubleForwards],
  ['writeDoubleBE', bigEndian ? writeDoubleForwards : writeDoubleBackwards],
];
for (const [name, fn] of numeric) {
  proto[name] = fn;
}

// The encoding-specific slice and write methods, with the native checks of node_buffer.cc.
function sliceChecked(buf, start, end, encoding) {
  validateBuffer(buf);
  const length = buf.length;
  start = start === undefined ? 0 : toArrayIndex(start, 0);
  end = end === undefined ? length : toArrayIndex(end, length);
  if (end < start) end = start;
  if (end > length) {
    throw codedError('RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
  }
  return binding.slice(buf, start, end, encoding);
}

// node's ParseArrayIndex: a non-negative integer or the default for undefined.
function toArrayIndex(value, defaultValue) {
  if (value === undefined) {
    return defaultValue;
  }
  const n = Math.trunc(+value);
  if (n < 0) {
    throw codedError('RangeError', 'ERR_OUT_OF_RANGE', 'Index out of range');
  }
  return Number.isNaN(n) ? 0 : n;
}

function writeChecked(buf, string, offset, length, encoding) {
  validateBuffer(buf);
  if (typeof string !== 'string') {
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  offset = toArrayIndex(offset, 0);
  if (offset > buf.length) {
    throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  }
  length = toArrayIndex(length, buf.length - offset);
  return binding.write(buf, string, offset, Math.min(buf.length - offset, length), encoding);
}

const sliceNames = [
  ['asciiSlice', 'ascii'],
  ['base64Slice', 'base64'],
  ['base64urlSlice', 'base64url'],
  ['latin1Slice', 'latin1'],
  ['hexSlice', 'hex'],
  ['ucs2Slice', 'utf16le'],
  ['utf8Slice', 'utf8'],
];
for (const [name, encoding] of sliceNames) {
  const method = {
    [name](start, end) {
      return sliceChecked(this, start, end, encoding);
    },
  }[name];
  proto[name] = method;
}
const writeNames = [
  ['asciiWrite', 'ascii'],
  ['base64Write', 'base64'],
  ['base64urlWrite', 'base64url'],
  ['latin1Write', 'latin1'],
  ['hexWrite', 'hex'],
  ['ucs2Write', 'utf16le'],
  ['utf8Write', 'utf8'],
];
for (const [name, encoding] of writeNames) {
  const method = {
    [name](string, offset, length) {
      return writeChecked(this, string, offset, length, encoding);
    },
  }[name];
  proto[name] = method;
}

// For backwards compatibility.
Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) {
      return undefined;
    }
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) {
      return undefined;
    }
    return this.byteOffset;
  },
});

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

// No need to verify that "buf.length <= MAX_UINT32" since it's a read-only property that was
// set by the Buffer constructor.
Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    return binding.slice(this, 0, this.length, 'utf8');
  }
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) {
    return '';
  }
  if (encoding === undefined) {
    return binding.slice(this, start, end, 'utf8');
  }
  const ops = getEncodingOps(encoding);
  if (ops === undefined) {
    throw ERR_UNKNOWN_ENCODING(encoding);
  }
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) {
    return true;
  }
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) {
    return false;
  }
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

// The own enumerable non-index keys node's inspector appends after the bytes.
function nonIndexKeys(object, all) {
  const names = Object.getOwnPropertyNames(object).filter((key) => !/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= 2 ** 32 - 1);
  const keys = [...names, ...Object.getOwnPropertySymbols(object)];
  return all ? keys : keys.filter((key) => Object.prototype.propertyIsEnumerable.call(object, key));
}

// Override how buffers are presented by util.inspect().
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, 0, actualMax, 'hex').replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  // Inspect special properties as well, if possible.
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of nonIndexKeys(this, ctx.showHidden)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) {
        str += ', ';
      }
      // '[Object: null prototype] {'.length === 26
      // This is guarded with a test.
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) {
    return binding.compare(this, target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    validateOffset(targetStart, 'targetStart');
  }
  if (targetEnd === undefined) {
    targetEnd = target.length;
  } else {
    validateOffset(targetEnd, 'targetEnd', 0, target.length);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    validateOffset(sourceStart, 'sourceStart');
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  }
  if (sourceStart >= sourceEnd) {
    return targetStart >= targetEnd ? 0 : -1;
  }
  if (targetStart >= targetEnd) {
    return 1;
  }
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// Finds either the first index of `val` in `buffer` at offset >= `byteOffset`, OR the last
// index of `val` in `buffer` at offset <= `byteOffset`.
//
// Arguments:
// - buffer - a Buffer to search
// - val - a string, Buffer, or number
// - byteOffset - an index into `buffer`; will be clamped to an int32
// - encoding - an optional encoding, relevant if val is a string
// - dir - true for indexOf, false for lastIndexOf
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Coerce to Number. Values like null and [] become 0.
  byteOffset = +byteOffset;
  // If the offset is undefined, "foo", {}, coerces to NaN, search whole buffer.
  if (Number.isNaN(byteOffset)) {
    byteOffset = dir ? 0 : buffer.length || buffer.byteLength;
  }
  dir = !!dir; // Cast to bool.

  if (typeof val === 'number') {
    return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  }
  let ops;
  if (encoding === undefined) {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
  }
  if (typeof val === 'string') {
    if (ops === undefined) {
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? 'utf8' : ops.encodingVal;
    return binding.indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// Usage:
//    buffer.fill(number[, offset[, end]])
//    buffer.fill(buffer[, offset[, end]])
//    buffer.fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      // If value === '' default to zero.
      value = 0;
    } else if (value.length === 1) {
      // Fast path: If `value` fits into a single byte, use that numeric value.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) {
          value = code;
        }
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) {
      return buf;
    }
  }

  if (typeof value === 'number') {
    // OOB check
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) {
      throw ERR_BUFFER_OUT_OF_BOUNDS();
    }
    TypedArrayFill.call(buf, value, offset, end);
  } else {
    const res = binding.fill(buf, value, offset, end, encoding);
    if (res < 0) {
      if (res === -1) {
        throw ERR_INVALID_ARG_VALUE('value', value);
      }
      throw ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  // Buffer#write(string);
  if (offset === undefined) {
    return this.utf8Write(string, 0, this.length);
  }
  // Buffer#write(string, encoding)
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
    // Buffer#write(string, offset[, length][, encoding])
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) {
        length = remaining;
      }
    }
  }
  if (!encoding || encoding === 'utf8') {
    return this.utf8Write(string, offset, length);
  }
  if (encoding === 'ascii') {
    return this.asciiWrite(string, offset, length);
  }
  const ops = getEncodingOps(encoding);
  if (ops === undefined) {
    throw ERR_UNKNOWN_ENCODING(encoding);
  }
  if (typeof string !== 'string') {
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) {
      data[i] = this[i];
    }
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Use Math.trunc() to convert offset to an integer value that can be larger than an Int32.
  // Hence, don't use offset | 0 or similar techniques.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) {
    return 0;
  }
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) {
    return offset;
  }
  return length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  // For Buffer.length < 128, it's generally faster to do the swap in javascript. For larger
  // buffers, dropping down to the native code is faster.
  const len = this.length;
  if (len % 2 !== 0) {
    throw ERR_INVALID_BUFFER_SIZE('16-bits');
  }
  if (len < 128) {
    for (let i = 0; i < len; i += 2) {
      swap(this, i, i + 1);
    }
    return this;
  }
  return binding.swap(this, 2);
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) {
    throw ERR_INVALID_BUFFER_SIZE('32-bits');
  }
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  return binding.swap(this, 4);
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) {
    throw ERR_INVALID_BUFFER_SIZE('64-bits');
  }
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  return binding.swap(this, 8);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ------------------------------------------------------------------------------------ module

let transcode;

function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    return binding.isUtf8(ArrayBuffer.isView(input) ? input : new Uint8Array(input));
  }
  throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    return binding.isAscii(ArrayBuffer.isView(input) ? input : new Uint8Array(input));
  }
  throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function btoa(input) {
  // The implementation here has not been performance optimized in any way and should not be.
  if (arguments.length === 0) {
    throw ERR_MISSING_ARGS('input');
  }
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input[n].charCodeAt(0) > 0xff) {
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  const buf = Buffer.from(input, 'latin1');
  return buf.toString('base64');
}

// Refs: https://infra.spec.whatwg.org/#forgiving-base64-decode
function forgivingIndex(code) {
  switch (code) {
    // ASCII whitespace (the first five).
    case 0x09:
      return 0;
    case 0x0a:
      return 1;
    case 0x0c:
      return 2;
    case 0x0d:
      return 3;
    case 0x20:
      return 4;
    case 0x2b: // +
      return 5 + 62;
    case 0x2f: // /
      return 5 + 63;
    case 0x3d: // =
      return kEqualSignIndex;
  }
  if (code >= 0x41 && code <= 0x5a) return 5 + code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return 5 + 26 + code - 0x61;
  if (code >= 0x30 && code <= 0x39) return 5 + 52 + code - 0x30;
  return -1;
}
const kEqualSignIndex = 5 + 64;

function atob(input) {
  if (arguments.length === 0) {
    throw ERR_MISSING_ARGS('input');
  }
  input = `${input}`;
  let nonAsciiWhitespaceCharCount = 0;
  let equalCharCount = 0;

  for (let n = 0; n < input.length; n++) {
    const index = forgivingIndex(input.charCodeAt(n));
    if (index > 4) {
      // The first 5 elements of `kForgivingBase64AllowedChars` are ASCII whitespace char codes.
      nonAsciiWhitespaceCharCount++;
      if (index === kEqualSignIndex) {
        equalCharCount++;
      } else if (equalCharCount) {
        // The `=` char is only allowed at the end.
        throw new DOMException('Invalid character', 'InvalidCharacterError');
      }
      if (equalCharCount > 2) {
        // Only one more `=` is permitted after the first equal sign.
        throw new DOMException('Invalid character', 'InvalidCharacterError');
      }
    } else if (index === -1) {
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
  }

  let reminder = nonAsciiWhitespaceCharCount % 4;
  // See #2, #3, #4 - https://infra.spec.whatwg.org/#forgiving-base64
  if (!reminder) {
    // Remove all trailing `=` characters and get the new reminder.
    reminder = (nonAsciiWhitespaceCharCount - equalCharCount) % 4;
  } else if (equalCharCount) {
    // `=` should not in the input if there's a reminder.
    throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  // See #3 - https://infra.spec.whatwg.org/#forgiving-base64
  if (reminder === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return Buffer.from(input, 'base64').toString('latin1');
}

transcode = function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) {
    return Buffer.alloc(0);
  }
  const supported = ['ascii', 'latin1', 'utf8', 'utf16le'];
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!supported.includes(from) || !supported.includes(to)) {
    const error = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    error.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    error.errno = 1;
    throw error;
  }
  let text = binding.slice(source, 0, source.length, from);
  if (to === 'ascii' || to === 'latin1') {
    // Characters the target cannot hold become '?', as ICU's converters substitute.
    const limit = to === 'ascii' ? 0x80 : 0x100;
    let out = '';
    for (const ch of text) {
      out += ch.codePointAt(0) < limit ? ch : '?';
    }
    text = out;
  }
  return Buffer.from(text, to);
};

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return INSPECT_MAX_BYTES;
    },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

{
  const { Blob, File, resolveObjectURL } = require('internal/blob');
  module.exports.Blob = Blob;
  module.exports.resolveObjectURL = resolveObjectURL;
  module.exports.File = File;
}

// The globals, with node's attributes: `Buffer` an accessor pair (not enumerable), `atob` and
// `btoa` enumerable data properties.
function defineGlobalAccessor(name, value) {
  let current = value;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get: { get() { return current; } }.get,
    set: { set(newValue) { current = newValue; } }.set,
  });
}
defineGlobalAccessor('Buffer', Buffer);
Object.defineProperty(globalThis, 'atob', { __proto__: null, value: atob, writable: true, enumerable: true, configurable: true });
Object.defineProperty(globalThis, 'btoa', { __proto__: null, value: btoa, writable: true, enumerable: true, configurable: true });
