'use strict';
// AbortController and AbortSignal (DOM §3.1-3.2) as node v20 has them
// (lib/internal/abort_controller.js): abort with a reason (an AbortError DOMException by
// default), the trusted `abort` event and `onabort`, throwIfAborted, AbortSignal.abort,
// AbortSignal.timeout (an unref'd timer: it does not keep the process alive; a TimeoutError
// DOMException) and AbortSignal.any (following signals that abort later, through weak
// references as node does). Installs the globals `AbortController` and `AbortSignal`
// (compiler/src/source/core_lib.rs JS_GLOBALS).

const { EventTarget, Event, defineEventHandler, kTrustEvent } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, codedError, validateAbortSignal } = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');

function ERR_INVALID_THIS(type) {
  return codedError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// node's customInspect for both classes: `Name { ...fields }` one level deeper.
function customInspect(self, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const inner = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(fields, inner)}`;
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

let abortSignal;
let isAbortSignal;
let newSignal;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // WeakRefs of the AbortSignal.any signals that follow this one.
  #dependants = null;

  constructor(key = undefined) {
    if (key !== kDontThrow) throw codedError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    newSignal = () => new AbortSignal(kDontThrow);
    // The "signal abort" steps: once, then the event, then the dependent signals.
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
      if (signal.#dependants !== null) {
        for (const reference of signal.#dependants) {
          const dependant = reference.deref();
          if (dependant !== undefined) abortSignal(dependant, reason);
        }
      }
    };
  }

  get aborted() {
    if (!isAbortSignal(this)) throw ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay');
    const signal = new AbortSignal(kDontThrow);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      validateAbortSignal(signals[i], `signals[${i}]`);
      if (!isAbortSignal(signals[i])) throw ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
    }
    const result = new AbortSignal(kDontThrow);
    for (const signal of signals) {
      if (signal.#aborted) {
        result.#aborted = true;
        result.#reason = signal.#reason;
        return result;
      }
    }
    const reference = new WeakRef(result);
    for (const signal of signals) {
      if (signal.#dependants === null) signal.#dependants = new Set();
      signal.#dependants.add(reference);
    }
    return result;
  }
}

Object.defineProperty(AbortSignal.prototype, 'aborted', { __proto__: null, enumerable: true });
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'AbortSignal' });

class AbortController {
  #signal = newSignal();

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [inspectCustom](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'AbortController' });

// node's globals are accessor pairs (lazily loaded), not enumerable.
for (const [name, value] of [
  ['AbortController', AbortController],
  ['AbortSignal', AbortSignal],
]) {
  let current = value;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    get() {
      return current;
    },
    set(next) {
      current = next;
    },
    enumerable: false,
    configurable: true,
  });
}

module.exports = { AbortController, AbortSignal, abortSignal, isAbortSignal };
