'use strict';
// The WHATWG Encoding API as node v20 has it (lib/internal/encoding.js): TextEncoder (UTF-8,
// lone surrogates as U+FFFD) and TextDecoder for the labels of UTF-8, UTF-16LE, UTF-16BE and
// windows-1252. node decodes through a fast path until a decoder is first used with
// `{ stream: true }` and through an ICU converter after that, and the two differ in
// observable ways that this module keeps: the UTF-8 fast path strips a leading BOM from each
// call while the converter strips it once per stream; the windows-1252 fast path maps every
// byte to the code point of the same value while the converter uses the windows-1252 table;
// a fatal error resets a converter. Other encodings node's ICU knows (gbk, iso-8859-2, ...)
// throw ERR_ENCODING_NOT_SUPPORTED here (docs/compat.md).
//
// Installs the globals `TextEncoder` and `TextDecoder` (compiler/src/source/core_lib.rs
// JS_GLOBALS).

const binding = require('internal:buffer');
const { ERR_INVALID_ARG_TYPE, codedError, validateObject, validateString } = require('internal/validators');

const kDecoder = Symbol('decoder');
const kEncoder = Symbol('encoder');
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');
const kEncoding = Symbol('encoding');
const kIgnoreBOM = Symbol('ignoreBOM');
const kFatal = Symbol('fatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const empty = new Uint8Array(0);


const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;
const kValidateObjectAllowObjectsAndNull = { allowArray: true, allowFunction: true, nullable: true };

function ERR_INVALID_THIS(type) {
  return codedError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function ERR_ENCODING_NOT_SUPPORTED(encoding) {
  return codedError('RangeError', 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
}

function ERR_ENCODING_INVALID_ENCODED_DATA(encoding) {
  return codedError('TypeError', 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
}

// ------------------------------------------------------------------------------------ labels

const encodingLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': [
    'ansi_x3.4-1968',
    'ascii',
    'cp1252',
    'cp819',
    'csisolatin1',
    'ibm819',
    'iso-8859-1',
    'iso-ir-100',
    'iso8859-1',
    'iso88591',
    'iso_8859-1',
    'iso_8859-1:1987',
    'l1',
    'latin1',
    'us-ascii',
    'windows-1252',
    'x-cp1252',
  ],
};
const encodings = new Map();
for (const [name, labels] of Object.entries(encodingLabels)) {
  for (const label of labels) {
    encodings.set(label, name);
  }
}

// The encoding a label names (ASCII whitespace trimmed, case-insensitive), or undefined.
function getEncodingFromLabel(label) {
  const enc = encodings.get(label);
  if (enc !== undefined) {
    return enc;
  }
  return encodings.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

// windows-1252 bytes 0x80-0x9f; the rest map to the code point of the same value.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

// ------------------------------------------------------------------------------------ bytes

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// The bytes of an ArrayBuffer, SharedArrayBuffer or view, or undefined for anything else.
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) {
    return new Uint8Array(input);
  }
  return undefined;
}

function concatBytes(pending, bytes) {
  if (pending.length === 0) {
    return bytes;
  }
  const joined = new Uint8Array(pending.length + bytes.length);
  joined.set(pending, 0);
  joined.set(bytes, pending.length);
  return joined;
}

// How many bytes at the end of `bytes` are a valid but incomplete UTF-8 sequence (0 to 3),
// which a streaming decoder keeps for the next chunk.
function incompleteUtf8Tail(bytes) {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const lead = bytes[length - back];
    if ((lead & 0xc0) === 0x80) {
      continue;
    }
    let needed;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 2;
    else if (lead >= 0xe0 && lead <= 0xef) needed = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) needed = 4;
    else return 0;
    if (back >= needed) {
      return 0;
    }
    if (back >= 2) {
      const second = bytes[length - back + 1];
      let low = 0x80;
      let high = 0xbf;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
      else if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
      if (second < low || second > high) {
        return 0;
      }
    }
    return back;
  }
  return 0;
}

// UTF-16 code units to a string, lone surrogates as U+FFFD (or undefined when `fatal`).
function decodeUtf16Units(bytes, end, bigEndian, fatal) {
  let out = '';
  let chunk = [];
  for (let i = 0; i + 1 < end; i += 2) {
    const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const nextUnit = i + 3 < end ? (bigEndian ? (bytes[i + 2] << 8) | bytes[i + 3] : bytes[i + 2] | (bytes[i + 3] << 8)) : -1;
      if (nextUnit >= 0xdc00 && nextUnit <= 0xdfff) {
        chunk.push(unit, nextUnit);
        i += 2;
      } else if (fatal) {
        return undefined;
      } else {
        chunk.push(0xfffd);
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (fatal) {
        return undefined;
      }
      chunk.push(0xfffd);
    } else {
      chunk.push(unit);
    }
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

function decodeSingleByte(bytes, table) {
  let out = '';
  let chunk = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    chunk.push(table && byte >= 0x80 && byte <= 0x9f ? table[byte - 0x80] : byte);
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

// ------------------------------------------------------------------------------------ TextEncoder

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) {
    throw ERR_INVALID_THIS('TextEncoder');
  }
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    const string = `${input}`;
    const bytes = new Uint8Array(binding.byteLengthUtf8(string));
    binding.write(bytes, string, 0, bytes.length, 'utf8');
    return bytes;
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || Object.prototype.toString.call(dest) !== '[object Uint8Array]') {
      throw ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    const written = binding.write(dest, src, 0, dest.length, 'utf8');
    // The code units behind the bytes written (whole characters only).
    let read = 0;
    let bytes = 0;
    while (bytes < written) {
      const unit = src.charCodeAt(read);
      if (unit < 0x80) {
        bytes += 1;
        read += 1;
      } else if (unit < 0x800) {
        bytes += 2;
        read += 1;
      } else if (unit >= 0xd800 && unit <= 0xdbff && read + 1 < src.length && (src.charCodeAt(read + 1) & 0xfc00) === 0xdc00) {
        bytes += 4;
        read += 2;
      } else {
        bytes += 3;
        read += 1;
      }
    }
    return { read, written };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) {
      return this;
    }
    // node inspects a plain stand-in, which prints without a class name.
    const obj = { encoding: this.encoding };
    return require('internal:util').inspect(obj, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// ------------------------------------------------------------------------------------ TextDecoder

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) {
    throw ERR_INVALID_THIS('TextDecoder');
  }
}

// Stands in for node's ICU converter handle (inspected as `Converter {}`); its state lives
// in `converterStates`, out of sight of the inspector.
class Converter {
  constructor() {
    converterStates.set(this, { pending: new Uint8Array(0), bomSeen: false });
  }
}
const converterStates = new WeakMap();

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) {
      throw ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
    let flags = 0;
    if (options !== null) {
      flags |= options.fatal ? CONVERTER_FLAGS_FATAL : 0;
      flags |= options.ignoreBOM ? CONVERTER_FLAGS_IGNORE_BOM : 0;
    }
    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kFatal] = Boolean(options?.fatal);
    // Only UTF-8 and windows-1252 have a fast path.
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = undefined;
    if (!this[kUTF8FastPath] && !this[kLatin1FastPath]) {
      this[kHandle] = new Converter();
    }
  }

  decode(input = empty, options = {}) {
    validateDecoder(this);
    this[kUTF8FastPath] &&= !options?.stream;
    this[kLatin1FastPath] &&= !options?.stream;
    if (this[kUTF8FastPath]) {
      const bytes = bytesOf(input);
      if (bytes === undefined) {
        throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      }
      const start = !this[kIgnoreBOM] && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const text = binding.decodeUtf8(bytes, this[kFatal], start);
      if (text === null) {
        throw ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
      }
      return text;
    }
    if (this[kLatin1FastPath]) {
      const bytes = bytesOf(input);
      if (bytes === undefined) {
        throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
      }
      // node's fast path drops one leading 0xff byte when told to ignore the BOM.
      const start = this[kIgnoreBOM] && bytes.length > 0 && bytes[0] === 0xff ? 1 : 0;
      return decodeSingleByte(bytes.subarray(start), undefined);
    }
    if (this[kHandle] === undefined) {
      this[kHandle] = new Converter();
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const bytes = bytesOf(input);
    if (bytes === undefined) {
      throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    const flush = options === null || !options.stream;
    return convert(this, converterStates.get(this[kHandle]), bytes, flush);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) {
      return this;
    }
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = {};
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${require('internal:util').inspect(obj)}`;
  }
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// The converter path: bytes held over from the previous chunk, the BOM stripped once per
// stream, a fatal error that resets the converter.
function convert(decoder, converter, input, flush) {
  const encoding = decoder[kEncoding];
  const fatal = decoder[kFatal];
  let bytes = concatBytes(converter.pending, input);
  let end = bytes.length;
  let result;
  if (encoding === 'utf-8') {
    const keep = flush ? 0 : incompleteUtf8Tail(bytes);
    end -= keep;
    const body = bytes.subarray(0, end);
    result = binding.decodeUtf8(body, fatal, 0);
    if (result !== null && flush && bytes.length > end) {
      result = fatal ? null : result + '\ufffd';
    }
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bigEndian = encoding === 'utf-16be';
    if (!flush) {
      if (end % 2 === 1) {
        end -= 1;
      }
      if (end >= 2) {
        const last = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
        if (last >= 0xd800 && last <= 0xdbff) {
          end -= 2;
        }
      }
    }
    // At the end of the stream a lone lead surrogate and an odd byte after it are one error.
    let units = end;
    if (flush && end % 2 === 1 && end >= 3) {
      const last = bigEndian ? (bytes[end - 3] << 8) | bytes[end - 2] : bytes[end - 3] | (bytes[end - 2] << 8);
      if (last >= 0xd800 && last <= 0xdbff) {
        units = end - 3;
      }
    }
    result = decodeUtf16Units(bytes, units, bigEndian, fatal);
    if (result === undefined) {
      result = null;
    } else if (flush && end % 2 === 1) {
      result = fatal ? null : result + '\ufffd';
    }
  } else {
    result = decodeSingleByte(bytes, windows1252High);
    end = bytes.length;
  }
  if (result === null) {
    converter.pending = new Uint8Array(0);
    converter.bomSeen = false;
    throw ERR_ENCODING_INVALID_ENCODED_DATA(decoder.encoding);
  }
  converter.pending = end < bytes.length ? bytes.slice(end) : new Uint8Array(0);
  bytes = undefined;
  const unicode = encoding !== 'windows-1252';
  if (unicode && !decoder[kIgnoreBOM] && !converter.bomSeen && result.length > 0) {
    if (result.charCodeAt(0) === 0xfeff) {
      result = result.slice(1);
    }
    converter.bomSeen = true;
  }
  if (flush) {
    converter.bomSeen = false;
    converter.pending = new Uint8Array(0);
  }
  return result;
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  [Symbol.for('nodejs.util.inspect.custom')]: { __proto__: null, enumerable: false },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});
for (const [name, read] of [
  ['encoding', (decoder) => decoder[kEncoding]],
  ['fatal', (decoder) => (decoder[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL],
  ['ignoreBOM', (decoder) => (decoder[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM],
]) {
  const getter = {
    get [name]() {
      validateDecoder(this);
      return read(this);
    },
  };
  Object.defineProperty(TextDecoder.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: Object.getOwnPropertyDescriptor(getter, name).get,
  });
}

for (const [name, value] of [
  ['TextEncoder', TextEncoder],
  ['TextDecoder', TextDecoder],
]) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
