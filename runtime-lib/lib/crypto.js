'use strict';
// node:crypto — the digests, HMAC and randomness of node v20's crypto module (lib/crypto.js,
// lib/internal/crypto/{hash,random,util}.js): createHash / createHmac / crypto.hash over
// MD5, SHA-1, SHA-2, SHA-3 and RIPEMD-160, getHashes, randomBytes, randomFill(Sync),
// randomInt (with node's 6-byte cache and rejection sampling), randomUUID, getRandomValues,
// timingSafeEqual, and the Web Crypto `crypto` global's getRandomValues and randomUUID. The
// byte work is the `internal:crypto` binding. Hash and Hmac objects are not streams here
// (node's are Transform streams); ciphers, keys, signatures, KDFs and `subtle` are absent
// (docs/compat.md).
//
// Installs the global `crypto` (compiler/src/source/core_lib.rs JS_GLOBALS).

const binding = require('internal:crypto');
const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/normalize_encoding');
const { DOMException } = require('internal/dom_exception');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  codedError,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function ERR_CRYPTO_HASH_FINALIZED() {
  return codedError('Error', 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// The digest bytes in an output encoding; anything but a known encoding gives a Buffer.
function encodeDigest(arrayBuffer, outputEncoding) {
  const buf = Buffer.from(arrayBuffer);
  const encoding = normalizeEncoding(`${outputEncoding}`);
  if (encoding === undefined || `${outputEncoding}`.toLowerCase() === 'buffer') {
    return buf;
  }
  return buf.toString(encoding);
}

function validateEncoding(data, encoding) {
  const normalizedEncoding = normalizeEncoding(encoding);
  const length = data.length;
  if (normalizedEncoding === 'hex' && length % 2 !== 0) {
    throw ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

function validateUint32(value, name) {
  if (typeof value !== 'number') {
    throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < 0 || value > 4294967295) {
    throw ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
  }
}

// ------------------------------------------------------------------------------------ Hash

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) {
    return new Hash(algorithm, options);
  }
  const copyOf = algorithm !== null && typeof algorithm === 'object' && algorithm[kHandle] !== undefined ? algorithm : undefined;
  if (copyOf === undefined) {
    validateString(algorithm, 'algorithm');
  }
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) {
    validateUint32(xofLen, 'options.outputLength');
  }
  const handle = copyOf !== undefined ? binding.hashCopy(copyOf[kHandle]) : binding.hashNew(algorithm);
  if (handle === undefined) {
    throw new Error('Digest method not supported');
  }
  if (xofLen !== undefined) {
    const size = binding.hashDigest(binding.hashCopy(handle)).byteLength;
    if (xofLen !== size) {
      throw codedError('Error', 'ERR_CRYPTO_INVALID_DIGEST', `Output length ${xofLen} is invalid for ${copyOf !== undefined ? copyOf[kAlgorithm] : algorithm}, which does not support XOF`);
    }
  }
  this[kHandle] = handle;
  this[kAlgorithm] = copyOf !== undefined ? copyOf[kAlgorithm] : algorithm;
  this[kState] = { [kFinalized]: false };
}
const kAlgorithm = Symbol('kAlgorithm');

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) {
    throw ERR_CRYPTO_HASH_FINALIZED();
  }
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || 'buffer';
  const state = this[kState];
  if (state[kFinalized]) {
    throw ERR_CRYPTO_HASH_FINALIZED();
  }
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.hashUpdate(this[kHandle], data, typeof data === 'string' ? normalizeEncoding(`${encoding}`) || 'utf8' : undefined);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    throw ERR_CRYPTO_HASH_FINALIZED();
  }
  outputEncoding = outputEncoding || 'buffer';
  // Explicit conversion for backward compatibility.
  const ret = encodeDigest(binding.hashDigest(this[kHandle]), `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

// ------------------------------------------------------------------------------------ Hmac

function prepareSecretKey(key, encoding) {
  if (isAnyArrayBuffer(key)) {
    return key;
  }
  if (typeof key !== 'string' && !isArrayBufferView(key)) {
    throw ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
  }
  if (typeof key === 'string') {
    if (encoding === 'buffer') {
      encoding = 'utf8';
    }
    return Buffer.from(key, encoding);
  }
  return key;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    validateString(value, `options.${key}`);
  }
  return value;
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) {
    return new Hmac(hmac, key, options);
  }
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  const handle = binding.hmacNew(hmac, key);
  if (handle === undefined) {
    throw codedError('TypeError', 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
  }
  // Explicit conversion for backward compatibility.
  const ret = encodeDigest(binding.hashDigest(this[kHandle]), `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, input[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  // Fast case: if it's 'hex', we don't need to validate it further.
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    // If the encoding is invalid, normalizeEncoding() returns undefined.
    if (normalized === undefined) {
      // normalizeEncoding() doesn't handle 'buffer'.
      if (outputEncoding.toLowerCase() === 'buffer') {
        normalized = 'buffer';
      } else {
        throw ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
    }
  }
  const handle = binding.hashNew(algorithm);
  if (handle === undefined) {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  binding.hashUpdate(handle, input, 'utf8');
  return encodeDigest(binding.hashDigest(handle), normalized);
}

function getHashes() {
  return binding.getHashes();
}

// ------------------------------------------------------------------------------------ random

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(2 ** 32, kMaxInt32);

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0; // Convert to uint32.
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0; // Convert to uint32.
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
  }
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    binding.randomFillSync(buf, 0, size);
    return buf;
  }
  fillAsync(buf, 0, size, (error) => {
    if (error) {
      return callback(error);
    }
    callback(null, buf);
  });
}

// Fills `size` bytes of `buf` at byte `offset` on the blocking pool, then calls back.
function fillAsync(buf, offset, size, done) {
  binding.randomBytesAsync(size, (result) => {
    if (result instanceof Error) {
      return done(result);
    }
    const view = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    view.set(new Uint8Array(result), offset);
    done(null);
  });
}

function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    return buf;
  }
  binding.randomFillSync(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // Size is a length here, assertSize() call turns it into a number of bytes.
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    offset *= elementSize;
    size = buf.length - offset;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fillAsync(buf, offset, size, (error) => {
    if (error) {
      return callback(error);
    }
    callback(null, buf);
  });
}

// Largest integer we can read from a buffer. e.g.: Buffer.from("ff".repeat(6), "hex").readUIntBE(0, 6);
const RAND_MAX = 0xffff_ffff_ffff;
// Cache random data to use in randomInt. The cache size must be evenly divisible by 6 because
// each attempt to obtain a random int uses 6 bytes.
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

// Generates an integer in [min, max) range where min is inclusive and max is exclusive.
function randomInt(min, max, callback) {
  // Detect optional min syntax:
  // randomInt(max)
  // randomInt(max, callback)
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) {
    validateFunction(callback, 'callback');
  }
  if (!Number.isSafeInteger(min)) {
    throw ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  // First we generate a random int between [0..range)
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // For (x % range) to produce an unbiased value greater than or equal to 0 and less than
  // range, x must be drawn randomly from the set of integers greater than or equal to 0 and
  // less than randLimit.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  // If we don't have a callback, or if there is still data in the cache, we can do this
  // synchronously, which is super fast.
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      // This might block the thread for a bit, but we are in sync mode.
      randomFillSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) {
        return n;
      }
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // At this point, we are in async mode with no data in the cache. We cannot simply refill
  // the cache, because another async call to randomInt might already be doing that. Instead,
  // queue this call for when the cache has been refilled.
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) {
    return;
  }
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) {
      randomCacheOffset = 0;
    }
    // Restart all pending tasks. If an error occurred, we only notify a single callback
    // (errorReceiver) about it.
    for (const task of tasks.splice(0)) {
      randomInt(task.min, task.max, task.callback);
    }
    // This is the only call that might throw, and is therefore done at the end.
    if (errorReceiver) {
      errorReceiver.callback(err);
    }
  });
}

const kHexBytes = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function serializeUUID(buf, offset = 0) {
  const kHex = kHexBytes;
  // xxxxxxxx-xxxx-Mxxx-Nxxx-xxxxxxxxxxxx
  return (
    kHex[buf[offset]] +
    kHex[buf[offset + 1]] +
    kHex[buf[offset + 2]] +
    kHex[buf[offset + 3]] +
    '-' +
    kHex[buf[offset + 4]] +
    kHex[buf[offset + 5]] +
    '-' +
    kHex[(buf[offset + 6] & 0x0f) | 0x40] +
    kHex[buf[offset + 7]] +
    '-' +
    kHex[(buf[offset + 8] & 0x3f) | 0x80] +
    kHex[buf[offset + 9]] +
    '-' +
    kHex[buf[offset + 10]] +
    kHex[buf[offset + 11]] +
    kHex[buf[offset + 12]] +
    kHex[buf[offset + 13]] +
    kHex[buf[offset + 14]] +
    kHex[buf[offset + 15]]
  );
}

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
  }
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const bytes = new Uint8Array(16);
  binding.randomFillSync(bytes, 0, 16);
  return serializeUUID(bytes);
}

function getRandomValuesImpl(data) {
  const tag = data !== null && typeof data === 'object' && ArrayBuffer.isView(data) ? Object.prototype.toString.call(data) : '';
  const integer = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  if (!integer.includes(tag.slice(8, -1))) {
    // Ordinarily this would be an ERR_INVALID_ARG_TYPE. However, the Web Crypto API and web
    // platform tests expect this to be a DOMException with type TypeMismatchError.
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

function getRandomValues(array) {
  return webcrypto.getRandomValues(array);
}

// ------------------------------------------------------------------------------------ misc

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) {
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) {
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw codedError('RangeError', 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(buf1, buf2);
}

// ------------------------------------------------------------------------------------ webcrypto

let constructing = false;

class Crypto {
  constructor() {
    if (!constructing) {
      throw codedError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) {
      throw codedError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    return getRandomValuesImpl(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) {
      throw codedError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
    }
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Crypto' });
for (const name of ['getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { __proto__: null, enumerable: true });
}

constructing = true;
const webcrypto = new Crypto();
constructing = false;

Object.defineProperty(globalThis, 'crypto', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: Object.getOwnPropertyDescriptor({ get crypto() { return webcrypto; } }, 'crypto').get,
});

module.exports = {
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  hash,
  Hash,
  Hmac,
  webcrypto,
  getRandomValues,
};
