'use strict';
// node:string_decoder — StringDecoder as node v20 has it. node keeps the decoder's state in a
// 7-byte Buffer (the incomplete character's bytes, the missing and buffered counts, the
// encoding) that its C++ `DecodeData`/`FlushData` update; this module keeps the same Buffer
// (so `util.inspect` shows the same thing and lastChar/lastNeed/lastTotal read it) and runs
// the same algorithm in JavaScript, with the `internal:buffer` binding turning bytes into
// strings: UTF-8 characters split across chunks are completed or replaced exactly where
// node's decoder does, UTF-16 keeps an odd byte or a lead surrogate for the next chunk, and
// base64 emits whole 3-byte groups.

const binding = require('internal:buffer');
const { Buffer } = require('buffer');
const { normalizeEncoding: normalizeName } = require('internal/normalize_encoding');
const { ERR_INVALID_ARG_TYPE, codedError } = require('internal/validators');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const kNativeDecoder = Symbol('kNativeDecoder');

// node's `enum encoding` values, as stored in the state's last byte.
const encodingsMap = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'latin1', 'base64url'];
const isEncoding = Buffer.isEncoding;

function normalizeEncoding(enc) {
  const nenc = normalizeName(enc);
  if (nenc === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) {
      throw codedError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
    }
    return enc;
  }
  return nenc;
}

/**
 * StringDecoder provides an interface for efficiently splitting a series of buffers into a
 * series of JS strings without breaking apart multi-byte characters.
 */
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

// The string of `bytes[start, end)` in the decoder's encoding (node's MakeString).
function makeString(bytes, start, end, encoding) {
  return binding.slice(bytes, start, end, encoding);
}

// node's StringDecoder::DecodeData.
function decode(state, view) {
  const encoding = encodingNames[state[kEncodingField]];
  let data = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' && encoding !== 'base64url') {
    return makeString(data, 0, data.length, encoding);
  }
  let start = 0;
  let nread = data.length;
  let prepend;
  let body;
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // An incomplete character at a chunk boundary ends where a byte that should continue
      // it does not; that byte starts a new character.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[start + i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(start, start + i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const foundBytes = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(start, start + foundBytes), state[kBufferedBytes]);
    start += foundBytes;
    nread -= foundBytes;
    state[kMissingBytes] -= foundBytes;
    state[kBufferedBytes] += foundBytes;
    if (state[kMissingBytes] === 0) {
      // No more bytes are missing: the small string to prepend.
      prepend = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  if (nread === 0) {
    body = prepend !== undefined ? prepend : '';
    prepend = undefined;
  } else {
    // A character that may have to be cut off and finished with the next chunk.
    if (encoding === 'utf8' && data[start + nread - 1] & 0x80) {
      for (let i = nread - 1; ; --i) {
        state[kBufferedBytes]++;
        const byte = data[start + i];
        if ((byte & 0xc0) === 0x80) {
          // A trailing byte: more than 4 of them, or a character that started in an earlier
          // chunk, goes to the decoder as it is.
          if (state[kBufferedBytes] >= 4 || i === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          // The lead byte tells how long the character should be.
          if ((byte & 0xe0) === 0xc0) {
            state[kMissingBytes] = 2;
          } else if ((byte & 0xf0) === 0xe0) {
            state[kMissingBytes] = 3;
          } else if ((byte & 0xf8) === 0xf0) {
            state[kMissingBytes] = 4;
          } else {
            // A lead byte outside of the representable range.
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            // As many trailing bytes as the lead byte asks for (valid), or more (invalid).
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (encoding === 'utf16le') {
      if (nread % 2 === 1) {
        // Half a code unit: wait for its second byte.
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((data[start + nread - 1] & 0xfc) === 0xd8) {
        // Half a surrogate pair.
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) {
        state[kMissingBytes] = 3 - state[kBufferedBytes];
      }
    }
    const buffered = state[kBufferedBytes];
    if (buffered > 0) {
      // Keep the last bytes of the input for the next chunk.
      nread -= buffered;
      state.set(data.subarray(start + nread, start + nread + buffered), kIncompleteCharactersStart);
    }
    body = nread > 0 ? makeString(data, start, start + nread, encoding) : '';
  }
  data = undefined;
  return prepend === undefined ? body : prepend + body;
}

// node's StringDecoder::FlushData.
function flush(state) {
  const encoding = encodingNames[state[kEncodingField]];
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // Ignore a single trailing byte, like the JS decoder does.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) {
    return '';
  }
  const ret = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

/**
 * Returns a decoded string, omitting any incomplete multi-byte characters at the end of the
 * Buffer, or TypedArray, or DataView.
 */
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') {
    return buf;
  }
  if (!ArrayBuffer.isView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) {
    throw codedError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
  }
  return decode(this[kNativeDecoder], buf);
};

/**
 * Returns any remaining input stored in the internal buffer as a string. After end() is
 * called, the stringDecoder object can be reused for new input.
 */
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) {
    ret = this.write(buf);
  }
  if (this[kNativeDecoder][kBufferedBytes] > 0) {
    ret += flush(this[kNativeDecoder]);
  }
  return ret;
};

/* Everything below this line is undocumented legacy stuff. */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
