'use strict';
// structuredClone (HTML §2.7, StructuredSerializeWithTransfer + StructuredDeserialize in one
// pass) as node v20 has it through V8's serializer: primitives, the primitive wrappers, Date,
// RegExp, Blob (and File, cloned as a Blob), ArrayBuffer (non-shared), typed arrays and DataView (their buffer cloned once and
// shared as in the source), Map, Set, errors (name mapped to one of the standard constructors,
// own `stack`, `message` and `cause`), arrays (holes and extra properties kept) and other
// objects (own enumerable string keys, read through getters, prototype dropped), with cycles
// and shared references kept. `transfer` moves ArrayBuffers: the clone takes their bytes and
// the originals are detached. Anything else throws a DataCloneError DOMException with V8's
// text ("function foo() {} could not be cloned."). Installs the global `structuredClone`
// (compiler/src/source/core_lib.rs JS_GLOBALS).

const { typeTag } = require('internal:util');
const { detachArrayBuffer } = require('internal:url');
const { DOMException } = require('internal/dom_exception');
const { codedError } = require('internal/validators');
const blobUrlStore = require('internal/blob_url_store');

const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedByteLengthGetter =
  typeof SharedArrayBuffer === 'function' ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const dataViewBufferGetter = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const detachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached');

function isArrayBuffer(value) {
  try {
    byteLengthGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isSharedArrayBuffer(value) {
  if (sharedByteLengthGetter === undefined) return false;
  try {
    sharedByteLengthGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

function typedArrayName(value) {
  return typedArrayTagGetter.call(value);
}

function isBigIntObject(value) {
  try {
    BigInt.prototype.valueOf.call(value);
    return true;
  } catch {
    return false;
  }
}

function isDataView(value) {
  try {
    dataViewBufferGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

// Whether a buffer is detached: the `detached` getter where the runtime has one, else whether
// this module detached it.
function isDetached(buffer) {
  if (detachedGetter !== undefined) return detachedGetter.get.call(buffer);
  return detachedBuffers.has(buffer);
}

// Buffers this module detached (for runtimes without ArrayBuffer.prototype.detached).
const detachedBuffers = new WeakSet();

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// A data property found along the prototype chain without running getters (V8's
// GetDataProperty).
function dataProperty(object, key) {
  for (let current = object; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor !== undefined) return 'value' in descriptor ? descriptor.value : undefined;
  }
  return undefined;
}

// How V8 names a value it cannot clone (Object::NoSideEffectsToString).
function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (typeTag(value) === 'Symbol') return '[object Symbol]';
  const constructor = dataProperty(value, 'constructor');
  if (typeof constructor === 'function') {
    const name = dataProperty(constructor, 'name');
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : 'Object'}]`;
}

const errorConstructors = {
  __proto__: null,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

function defineHidden(object, key, value) {
  Object.defineProperty(object, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

function structuredCloneImpl(value, transferred) {
  const memory = new Map();
  for (const [buffer, clone] of transferred) memory.set(buffer, clone);

  function cloneBuffer(buffer) {
    if (memory.has(buffer)) return memory.get(buffer);
    if (isSharedArrayBuffer(buffer)) {
      // Shared memory stays shared.
      memory.set(buffer, buffer);
      return buffer;
    }
    if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const clone = buffer.slice(0);
    memory.set(buffer, clone);
    return clone;
  }

  function clone(input) {
    if (input === null || (typeof input !== 'object' && typeof input !== 'function')) {
      if (typeof input === 'symbol') throw dataCloneError(`${describe(input)} could not be cloned.`);
      return input;
    }
    if (memory.has(input)) return memory.get(input);
    if (typeof input === 'function') throw dataCloneError(`${describe(input)} could not be cloned.`);
    let output;
    if (blobUrlStore.isBlob(input)) {
      output = blobUrlStore.cloneBlob(input);
      memory.set(input, output);
      return output;
    }
    const tag = typeTag(input);
    switch (tag) {
      case 'Boolean':
        output = Object(Boolean.prototype.valueOf.call(input));
        memory.set(input, output);
        return output;
      case 'Number':
        output = Object(Number.prototype.valueOf.call(input));
        memory.set(input, output);
        return output;
      case 'String':
        output = Object(String.prototype.valueOf.call(input));
        memory.set(input, output);
        return output;
      case 'BigInt':
        output = Object(BigInt.prototype.valueOf.call(input));
        memory.set(input, output);
        return output;
      case 'Date':
        output = new Date(Date.prototype.getTime.call(input));
        memory.set(input, output);
        return output;
      case 'RegExp':
        output = new RegExp(input.source, input.flags);
        memory.set(input, output);
        return output;
      case 'Map': {
        output = new Map();
        memory.set(input, output);
        // Entries are read first, then cloned, as the serializer copies the table before
        // writing it.
        const entries = Array.from(Map.prototype.entries.call(input));
        for (const [key, item] of entries) {
          const clonedKey = clone(key);
          Map.prototype.set.call(output, clonedKey, clone(item));
        }
        return output;
      }
      case 'Set': {
        output = new Set();
        memory.set(input, output);
        const items = Array.from(Set.prototype.values.call(input));
        for (const item of items) Set.prototype.add.call(output, clone(item));
        return output;
      }
      case 'Error':
        return cloneError(input);
      case 'Array':
        return cloneArray(input);
      case '':
        if (isBigIntObject(input)) {
          output = Object(BigInt.prototype.valueOf.call(input));
          memory.set(input, output);
          return output;
        }
        break;
      default:
        throw dataCloneError(`${describe(input)} could not be cloned.`);
    }
    if (isArrayBuffer(input)) return cloneBuffer(input);
    if (isSharedArrayBuffer(input)) return cloneBuffer(input);
    const typedName = typedArrayName(input);
    if (typedName !== undefined) {
      const buffer = cloneBuffer(input.buffer);
      const Constructor = globalThis[typedName];
      output = new Constructor(buffer, input.byteOffset, input.length);
      memory.set(input, output);
      return output;
    }
    if (isDataView(input)) {
      const buffer = cloneBuffer(input.buffer);
      output = new DataView(buffer, input.byteOffset, input.byteLength);
      memory.set(input, output);
      return output;
    }
    if (input !== globalThis) {
      // Ordinary objects (class instances, null-prototype objects, Math, JSON); the global
      // object is a host object to V8.
      output = {};
      memory.set(input, output);
      for (const key of Object.keys(input)) {
        const descriptor = Object.getOwnPropertyDescriptor(input, key);
        if (descriptor === undefined || !descriptor.enumerable) continue;
        output[key] = clone(input[key]);
      }
      return output;
    }
    throw dataCloneError(`${describe(input)} could not be cloned.`);
  }

  function cloneArray(input) {
    const output = new Array(input.length);
    memory.set(input, output);
    for (const key of Object.keys(input)) {
      const descriptor = Object.getOwnPropertyDescriptor(input, key);
      if (descriptor === undefined || !descriptor.enumerable) continue;
      output[key] = clone(input[key]);
    }
    return output;
  }

  function cloneError(input) {
    const name = input.name;
    const Constructor = (typeof name === 'string' && errorConstructors[name]) || Error;
    const output = Object.create(Constructor.prototype);
    memory.set(input, output);
    const message = Object.getOwnPropertyDescriptor(input, 'message');
    const cause = Object.getOwnPropertyDescriptor(input, 'cause');
    const stack = input.stack;
    if (typeof stack === 'string') defineHidden(output, 'stack', stack);
    if (message !== undefined) defineHidden(output, 'message', String(input.message));
    if (cause !== undefined) defineHidden(output, 'cause', clone(input.cause));
    return output;
  }

  return clone(value);
}

function isIterable(value) {
  return value !== null && typeof value === 'object' && typeof value[Symbol.iterator] === 'function';
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw codedError('TypeError', 'ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transferred = new Map();
  const transfer = options === undefined || options === null ? undefined : options.transfer;
  if (transfer !== undefined && transfer !== null) {
    if (!isIterable(transfer)) {
      throw codedError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    for (const item of transfer) {
      if (!isArrayBuffer(item)) {
        throw codedError('TypeError', 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
      if (transferred.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      transferred.set(item, null);
    }
  }
  // The transferred buffers' clones take the bytes; the sources are detached after the clone.
  for (const buffer of transferred.keys()) {
    transferred.set(buffer, isDetached(buffer) ? new ArrayBuffer(0) : buffer.slice(0));
  }
  const result = structuredCloneImpl(value, transferred);
  for (const buffer of transferred.keys()) {
    detachArrayBuffer(buffer);
    detachedBuffers.add(buffer);
  }
  return result;
}

// node's structuredClone is a native function of length 0.
Object.defineProperty(structuredClone, 'length', { __proto__: null, value: 0, configurable: true });
Object.defineProperty(globalThis, 'structuredClone', {
  __proto__: null,
  value: structuredClone,
  writable: true,
  enumerable: true,
  configurable: true,
});

module.exports = { structuredClone };
