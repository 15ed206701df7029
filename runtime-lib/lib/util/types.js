'use strict';
// node:util/types (also `util.types`): checks of an object's internal kind, not of its
// prototype chain or Symbol.toStringTag. kiln's runtime reports the kind (`typeTag`); the
// buffer family is recognised through the spec's brand-checking getters when the globals
// exist. kiln has no Proxy, external values, module namespace objects or crypto keys, so
// those checks are false for every value a kiln program can make.

const { typeTag } = require('internal:util');

// Gives a made function node's name for it (`util.types.isDate.name === 'isDate'`).
function named(name, fn) {
  Object.defineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true });
  return fn;
}

function isTag(tag, name) {
  return named(name, (value) => (typeof value === 'object' || typeof value === 'function' ? typeTag(value) === tag : false));
}

// A brand-checking getter of `Constructor.prototype` (or of the %TypedArray% prototype): true
// when the getter accepts `value`.
function brandGetter(name, constructorName, property, typedArrayParent) {
  let getter;
  let resolved = false;
  return named(name, function(value) {
    if (!resolved) {
      resolved = true;
      const constructor = globalThis[constructorName];
      if (typeof constructor === 'function') {
        let prototype = constructor.prototype;
        if (typedArrayParent) {
          prototype = Object.getPrototypeOf(prototype);
        }
        const descriptor = prototype && Object.getOwnPropertyDescriptor(prototype, property);
        getter = descriptor && descriptor.get;
      }
    }
    if (getter === undefined || value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      return false;
    }
    try {
      getter.call(value);
      return true;
    } catch {
      return false;
    }
  });
}

const typedArrayTagGetter = (() => {
  let getter;
  let resolved = false;
  return function tagOf(value) {
    if (!resolved) {
      resolved = true;
      if (typeof Uint8Array === 'function') {
        const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
        getter = descriptor && descriptor.get;
      }
    }
    if (getter === undefined || value === null || typeof value !== 'object') {
      return undefined;
    }
    return getter.call(value);
  };
})();

function isTypedArrayOf(name) {
  return named(`is${name}`, (value) => typedArrayTagGetter(value) === name);
}

const isDate = isTag('Date', 'isDate');
const isArgumentsObject = isTag('Arguments', 'isArgumentsObject');
const isNumberObject = isTag('Number', 'isNumberObject');
const isStringObject = isTag('String', 'isStringObject');
const isBooleanObject = isTag('Boolean', 'isBooleanObject');
const isSymbolObject = isTag('Symbol', 'isSymbolObject');
const isBigIntObject = isTag('BigInt', 'isBigIntObject');
const isNativeError = isTag('Error', 'isNativeError');
const isRegExp = isTag('RegExp', 'isRegExp');
const isPromise = isTag('Promise', 'isPromise');
const isMap = isTag('Map', 'isMap');
const isSet = isTag('Set', 'isSet');
const isMapIterator = isTag('MapIterator', 'isMapIterator');
const isSetIterator = isTag('SetIterator', 'isSetIterator');
const isWeakMap = isTag('WeakMap', 'isWeakMap');
const isWeakSet = isTag('WeakSet', 'isWeakSet');
const isArrayBuffer = brandGetter('isArrayBuffer', 'ArrayBuffer', 'byteLength', false);
const isSharedArrayBuffer = brandGetter('isSharedArrayBuffer', 'SharedArrayBuffer', 'byteLength', false);
const isDataView = brandGetter('isDataView', 'DataView', 'byteLength', false);

function isExternal(value) {
  return false;
}

function isAsyncFunction(value) {
  const tag = typeof value === 'function' ? typeTag(value) : '';
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

function isGeneratorFunction(value) {
  const tag = typeof value === 'function' ? typeTag(value) : '';
  return tag === 'GeneratorFunction' || tag === 'AsyncGeneratorFunction';
}

function isGeneratorObject(value) {
  const tag = typeof value === 'object' && value !== null ? typeTag(value) : '';
  return tag === 'Generator' || tag === 'AsyncGenerator';
}

function isProxy(value) {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeTag(value) === 'Proxy';
}

function isModuleNamespaceObject(value) {
  return typeof value === 'object' && value !== null && typeTag(value) === 'ModuleNamespace';
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);
}

function isTypedArray(value) {
  return typedArrayTagGetter(value) !== undefined;
}

// node's is ArrayBuffer.isView.
const isArrayBufferView = named('isView', (value) => isTypedArray(value) || isDataView(value));

// Lazily bound in node (crypto); no KeyObject or CryptoKey exists in kiln.
const isKeyObject = named('value', (object) => false);
const isCryptoKey = named('value', (object) => false);

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: isTypedArrayOf('Uint8Array'),
  isUint8ClampedArray: isTypedArrayOf('Uint8ClampedArray'),
  isUint16Array: isTypedArrayOf('Uint16Array'),
  isUint32Array: isTypedArrayOf('Uint32Array'),
  isInt8Array: isTypedArrayOf('Int8Array'),
  isInt16Array: isTypedArrayOf('Int16Array'),
  isInt32Array: isTypedArrayOf('Int32Array'),
  isFloat32Array: isTypedArrayOf('Float32Array'),
  isFloat64Array: isTypedArrayOf('Float64Array'),
  isBigInt64Array: isTypedArrayOf('BigInt64Array'),
  isBigUint64Array: isTypedArrayOf('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
