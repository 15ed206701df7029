'use strict';
// DOMException as node v20 has it (lib/internal/per_context/domexception.js): an Error subclass
// in behaviour (its prototype inherits Error.prototype, instances get a stack), with `name`,
// `message` and `code` getters and the legacy code constants. Installs the global
// `DOMException` (compiler/src/source/core_lib.rs JS_GLOBALS); `atob`, `btoa` and
// `structuredClone`-style errors use it.

const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [undefined, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [undefined, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [undefined, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const internals = new WeakMap();

function invalidThis() {
  const error = new TypeError('Value of "this" must be of type DOMException');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

function internalsOf(self) {
  const data = internals.get(self);
  if (data === undefined) {
    throw invalidThis();
  }
  return data;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    }
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { __proto__: null, value: options.cause, configurable: true, writable: true, enumerable: false });
      }
    } else {
      name = `${options}`;
    }
    internals.set(this, { message: `${message}`, name });
  }

  get name() {
    return internalsOf(this).name;
  }

  get message() {
    return internalsOf(this).message;
  }

  get code() {
    const { name } = internalsOf(this);
    const entry = legacy.find((item) => item[0] === name);
    return entry === undefined ? 0 : entry[2];
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const descriptor = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  descriptor.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, descriptor);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'DOMException' });
for (const [, constant, code] of legacy) {
  const descriptor = { __proto__: null, enumerable: true, value: code };
  Object.defineProperty(DOMException, constant, descriptor);
  Object.defineProperty(DOMException.prototype, constant, descriptor);
}

// node's global is an accessor pair of anonymous functions, not enumerable.
let current = DOMException;
const accessors = [
  function () {
    return current;
  },
  function (value) {
    current = value;
  },
];
Object.defineProperty(globalThis, 'DOMException', { __proto__: null, get: accessors[0], set: accessors[1], enumerable: false, configurable: true });

module.exports = { DOMException };
