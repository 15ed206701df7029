'use strict';
// Event and EventTarget (DOM §2) as node v20 has them (lib/internal/event_target.js): listeners
// as functions or `handleEvent` objects, the `once`, `capture`, `passive` and `signal` options,
// duplicate registrations ignored, dispatch in registration order with stopImmediatePropagation,
// recursion refused (ERR_EVENT_RECURSION), and a listener's exception (or its returned
// promise's rejection) reported as an uncaught exception on the next tick, as node does, after
// the other listeners ran. node's quirks are kept: only the first listener sees the event as
// being dispatched (eventPhase 2, currentTarget), passive listeners still run after
// stopImmediatePropagation and may preventDefault. There is no tree, so there is no capture or
// bubble phase. Also the
// `on<event>` attribute helper AbortSignal uses. CustomEvent adds `detail`. Installs the globals
// `Event`, `CustomEvent` and `EventTarget` (compiler/src/source/core_lib.rs JS_GLOBALS).

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, codedError, validateObject, validateAbortSignal } = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
// Passed in an Event's options by the runtime's own events (AbortSignal's `abort`): isTrusted.
const kTrustEvent = Symbol('kTrustEvent');
const kEmptyObject = Object.freeze({ __proto__: null });

function ERR_INVALID_THIS(type) {
  return codedError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// timeStamp is performance.now(): milliseconds since the time origin (internal:perf).
const perfClock = require('internal:perf');
const monotonicOrigin = perfClock.monotonicOrigin;

let isEvent;
let setDispatching;

function checkEvent(value) {
  if (!isEvent(value)) throw ERR_INVALID_THIS('Event');
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #trusted;
  #defaultPrevented = false;
  #timeStamp;
  #propagationStopped = false;
  #immediateStopped = false;
  #dispatching = false;
  #target = null;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
    this.#cancelable = Boolean(options?.cancelable);
    this.#bubbles = Boolean(options?.bubbles);
    this.#composed = Boolean(options?.composed);
    this.#type = `${type}`;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#timeStamp = perfClock.monotonicNow() - monotonicOrigin;
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    setDispatching = (event, state) => {
      if (state.dispatching !== undefined) event.#dispatching = state.dispatching;
      if (state.target !== undefined) event.#target = state.target;
      return { stopped: event.#propagationStopped, immediate: event.#immediateStopped, dispatching: event.#dispatching };
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    // node ignores `passive` here: defaultPrevented still reads the cancelable flag.
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return this.#trusted;
  }

  [inspectCustom](depth, options, inspect) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const inner = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({ type: this.#type, defaultPrevented: this.#defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp }, inner)}`;
  }
}

const eventPhases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(eventPhases)) {
  const descriptor = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, name, descriptor);
}
for (const name of Object.getOwnPropertyNames(Event.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(Event.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Event' });

// ------------------------------------------------------------------------- CustomEvent

let isCustomEvent;

// An Event carrying `detail` (null when the options give none).
class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEvent(this)) throw ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { __proto__: null, enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent' });

// ------------------------------------------------------------------------- EventTarget

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') {
    // handleEvent is looked up when the event comes.
    return true;
  }
  throw ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
  };
}

// The uncaught-exception path node takes for a listener's error: thrown again on the next tick.
function reportListenerError(error) {
  process.nextTick(() => {
    throw error;
  });
}

let isEventTarget;

class EventTarget {
  // type -> array of records { listener, capture, once, passive, removed, callback }.
  #listeners = new Map();

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #listeners in value;
  }

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal } = validateListenerOptions(options);
    if (!validateEventListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      require('internal/warning').emitWarning(warning);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let records = this.#listeners.get(type);
    if (records === undefined) {
      records = [];
      this.#listeners.set(type, records);
    }
    if (records.some((record) => record.listener === listener && record.capture === Boolean(capture))) return;
    records.push({ listener, capture: Boolean(capture), once: Boolean(once), passive: Boolean(passive), removed: false });
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = options?.capture === true || options === true;
    const records = this.#listeners.get(type);
    if (records === undefined) return;
    const index = records.findIndex((record) => record.listener === listener && record.capture === capture);
    if (index < 0) return;
    records[index].removed = true;
    records.splice(index, 1);
    if (records.length === 0) this.#listeners.delete(type);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (setDispatching(event, {}).dispatching) {
      throw codedError('Error', 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    setDispatching(event, { dispatching: true, target: this });
    const records = this.#listeners.get(event.type);
    if (records !== undefined) {
      // Listeners added during the dispatch are not called; removed ones are skipped.
      for (const record of records.slice()) {
        if (record.removed) continue;
        // As in node, stopImmediatePropagation stops at the next listener that is not passive.
        if (setDispatching(event, {}).immediate && !record.passive) break;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        const listener = record.listener;
        try {
          let result;
          if (typeof listener === 'function') {
            result = listener.call(this, event);
          } else {
            const handleEvent = listener.handleEvent;
            if (typeof handleEvent !== 'function') {
              throw ERR_INVALID_ARG_TYPE('listener.handleEvent', 'function', handleEvent);
            }
            result = handleEvent.call(listener, event);
          }
          if (result !== undefined && result !== null) {
            const then = result.then;
            if (typeof then === 'function') then.call(result, undefined, reportListenerError);
          }
        } catch (error) {
          reportListenerError(error);
        }
        // node clears the event's "being dispatched" flag after each listener, so the later
        // listeners see eventPhase 0 and no currentTarget (and may dispatch it again).
        setDispatching(event, { dispatching: false });
      }
    }
    setDispatching(event, { dispatching: false });
    return event.defaultPrevented !== true;
  }

  [inspectCustom](depth, options, inspect) {
    if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const inner = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({}, inner)}`;
  }
}

for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'EventTarget' });

// Defines the `on<name>` event handler attribute (HTML §8.1.8.1) on `prototype`: setting a
// handler adds one listener the first time, which keeps its place when the handler changes.
function defineEventHandler(prototype, name) {
  const handlers = new WeakMap();
  const property = `on${name}`;
  const accessors = {
    get [property]() {
      if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
      return handlers.get(this)?.handler ?? null;
    },
    set [property](value) {
      if (!isEventTarget(this)) throw ERR_INVALID_THIS('EventTarget');
      let wrapper = handlers.get(this);
      if (wrapper === undefined) {
        wrapper = function eventHandler(...args) {
          if (typeof wrapper.handler !== 'function') return undefined;
          return Reflect.apply(wrapper.handler, this, args);
        };
        handlers.set(this, wrapper);
        this.addEventListener(name, wrapper);
      }
      wrapper.handler = value;
    },
  };
  const descriptor = Object.getOwnPropertyDescriptor(accessors, property);
  Object.defineProperty(prototype, property, { __proto__: null, get: descriptor.get, set: descriptor.set, configurable: true, enumerable: true });
}

for (const [name, value] of [
  ['Event', Event],
  ['CustomEvent', CustomEvent],
  ['EventTarget', EventTarget],
]) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

module.exports = { Event, CustomEvent, EventTarget, isEvent, isEventTarget, defineEventHandler, kTrustEvent };
