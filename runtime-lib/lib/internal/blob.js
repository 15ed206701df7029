'use strict';
// Blob and File (File API §3-4) as node v20 has them (lib/internal/blob.js, lib/internal/file.js):
// the parts (strings as UTF-8 with `endings`, ArrayBuffers, views, Blobs) are copied into one
// immutable byte array when the Blob is made, and slices share it. text(), arrayBuffer() and
// bytes() settle with copies after as many microtasks as node's reads take. buffer.resolveObjectURL reads the object URL store that
// URL.createObjectURL fills (internal/blob_url_store). Installs the globals `Blob` and `File`
// (compiler/src/source/core_lib.rs JS_GLOBALS). Not here: stream() (kiln has no web streams).

const binding = require('internal:buffer');
const urlStore = require('internal/blob_url_store');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  codedError,
} = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kSkip = Symbol('kSkip');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function ERR_INVALID_THIS(type) {
  return codedError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

// A part's bytes, as a Uint8Array that the Blob may keep only after copying.
function partBytes(source, endings) {
  if (isBlob(source)) {
    return bytesOf(source);
  }
  if (isAnyArrayBuffer(source)) {
    return new Uint8Array(source);
  }
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  }
  let text = `${source}`;
  if (endings === 'native') {
    text = text.replace(/\n|\r\n/g, '\n');
  }
  const bytes = new Uint8Array(binding.byteLengthUtf8(text));
  binding.write(bytes, text, 0, bytes.length, 'utf8');
  return bytes;
}

// node keeps a Blob's state in own symbol-keyed properties (so util.inspect past its depth
// shows `[Blob]`); the handle here is the Uint8Array of the bytes.
const kHandle = Symbol('kHandle');
const kLength = Symbol('kLength');
const kType = Symbol('kType');
// The lengths of the entries of node's DataQueue behind the Blob (one per part, a Blob part
// contributing its own entries): node's arrayBuffer() reads them one microtask apart, which
// decides when its promises settle relative to other promise jobs. Not an own property.
const entryLengths = new WeakMap();

function isBlob(value) {
  return value?.[kHandle] !== undefined;
}

function bytesOf(blob) {
  return blob[kHandle];
}

function createBlob(bytes, type, entries) {
  const blob = new Blob(kSkip, { bytes, type });
  entryLengths.set(blob, entries);
  return blob;
}

// node's arrayBuffer(): a promise for a copy of the bytes, settled when node's reader of a Blob
// with that many entries settles it (at once for none, else after 2 × entries - 1 microtasks).
function readAll(blob) {
  const entries = entryLengths.get(blob).length;
  const read = () => blob[kHandle].slice().buffer;
  if (entries === 0) return Promise.resolve(read());
  return new Promise((resolve) => {
    let remaining = 2 * entries - 1;
    const step = () => {
      if (--remaining === 0) resolve(read());
      else queueMicrotask(step);
    };
    queueMicrotask(step);
  });
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === kSkip) {
      this[kHandle] = options.bytes;
      this[kLength] = options.bytes.length;
      this[kType] = options.type;
      return;
    }
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const entries = [];
    const parts = Array.from(sources, (source) => {
      if (isBlob(source)) entries.push(...entryLengths.get(source));
      const bytes = partBytes(source, endings);
      if (!isBlob(source)) entries.push(bytes.length);
      return bytes;
    });
    entryLengths.set(this, entries);
    let length = 0;
    for (const part of parts) length += part.length;
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    this[kHandle] = bytes;
    this[kLength] = length;
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    const length = this[kHandle].length;
    if (end === undefined) end = length;
    start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    start = Math.trunc(start) || 0;
    end = Math.trunc(end) || 0;
    const span = Math.max(end - start, 0);
    // node's slice keeps the entries that reach into the range (one ending at its start too).
    const entries = [];
    if (span > 0) {
      let offset = 0;
      for (const entryLength of entryLengths.get(this)) {
        const entryEnd = offset + entryLength;
        if (offset < start + span && entryEnd >= start) {
          entries.push(Math.min(entryEnd, start + span) - Math.max(offset, start));
        }
        offset = entryEnd;
      }
    }
    return createBlob(this[kHandle].subarray(start, start + span), normalizeType(contentType), entries);
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(ERR_INVALID_THIS('Blob'));
    return readAll(this);
  }

  async text() {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    if (entryLengths.get(this).length === 0) return '';
    const bytes = new Uint8Array(await readAll(this));
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return binding.decodeUtf8(bytes, false, start);
  }

  bytes() {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    return readAll(this).then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw ERR_INVALID_THIS('Blob');
    throw new Error('kiln: Blob.prototype.stream is not implemented yet (kiln has no web streams)');
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, inner)}`;
  }
}
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Blob' });
Object.defineProperty(Blob.prototype, inspectCustom, { __proto__: null, enumerable: false });
// structuredClone copies a Blob (or a File) as a Blob with the same bytes and type, as node's.
urlStore.registerBlob(isBlob, (blob) => createBlob(bytesOf(blob), blob[kType], entryLengths.get(blob).slice()));

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  // node's File reads private fields without a brand check of its own.
  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({ size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified }, inner)}`;
  }
}
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'File' });
Object.defineProperty(File.prototype, inspectCustom, { __proto__: null, enumerable: false });

// buffer.resolveObjectURL(url): a new Blob with the bytes and type of the Blob that
// URL.createObjectURL stored under `blob:nodedata:ID`, or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  // The URL parser's view of the parts that matter: the scheme and the opaque path before any
  // query or fragment, with leading and trailing C0 controls and spaces and any tab or newline
  // removed.
  url = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (url.slice(0, 5).toLowerCase() !== 'blob:') return undefined;
  const path = url.slice(5).split(/[?#]/, 1)[0];
  const split = path.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  const blob = urlStore.entries.get(split[1]);
  if (blob === undefined) return undefined;
  return createBlob(bytesOf(blob), blob.type, entryLengths.get(blob).slice());
}

for (const [name, value] of [['Blob', Blob], ['File', File]]) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
