'use strict';
// node's perf_hooks (lib/perf_hooks.js, lib/internal/perf/*) as v20 has it: the `performance`
// object (now, timeOrigin, toJSON, the User Timing marks and measures with their entry buffer,
// timerify), PerformanceEntry/PerformanceMark/PerformanceMeasure, and PerformanceObserver with
// its entry lists, dispatched from a setImmediate as node does. Installs the global
// `performance` (a replaceable getter, as node's) when it runs (compiler/src/source/core_lib.rs
// JS_GLOBALS). The clock is `internal:perf`: milliseconds since the runtime started.
// Not here: eventLoopUtilization (kiln's loop does not count its idle time), histograms
// (createHistogram, monitorEventLoopDelay), resource timing, and gc/http entries.

const binding = require('internal:perf');
const { EventTarget } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { structuredClone } = require('internal/structured_clone');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  codedError,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');

const monotonicOrigin = binding.monotonicOrigin;
const timeOrigin = binding.timeOrigin;

function now() {
  return binding.monotonicNow() - monotonicOrigin;
}

function ERR_ILLEGAL_CONSTRUCTOR() {
  return codedError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function ERR_PERFORMANCE_INVALID_TIMESTAMP(value) {
  return codedError('TypeError', 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${value} is not a valid timestamp`);
}

function ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(message) {
  return codedError('TypeError', 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
}

function notImplemented(what) {
  return new Error(`kiln: ${what} is not implemented yet`);
}

// node's customInspect for these classes: `Name { ...fields }` one level deeper.
function inspectAs(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, inner)}`;
}

// ---------------------------------------------------------------------------------------------
// Entries

// node keeps an entry's state in own symbol-keyed properties (so util.inspect past its depth
// shows `[PerformanceMark]`), and its getters check that the receiver owns them.
const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');

function validateInternalField(object, key, className) {
  if (object === null || typeof object !== 'object' || !Object.prototype.hasOwnProperty.call(object, key)) {
    throw ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

class PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, entryType = undefined, startTime = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) {
      throw ERR_ILLEGAL_CONSTRUCTOR();
    }
    this[kName] = name;
    this[kEntryType] = entryType;
    this[kStartTime] = startTime;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this, this.constructor.name, this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return { name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime], duration: this[kDuration] };
  }
}
for (const name of ['name', 'entryType', 'startTime', 'duration']) {
  Object.defineProperty(PerformanceEntry.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'PerformanceEntry' });
Object.defineProperty(PerformanceEntry.prototype, inspectCustom, { __proto__: null, enumerable: false });

// The marks' times by name (node's markTimings), for measures that name a mark.
const markTimings = new Map();

// Milestones of node's start-up that a measure may name; kiln's only milestone is its start.
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function cloneDetail(detail) {
  return detail != null ? structuredClone(detail) : null;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (nodeTimingNames.has(name)) {
      throw ERR_INVALID_ARG_VALUE('name', name);
    }
    if (options != null) {
      validateObject(options, 'options');
    }
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) {
      throw ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    }
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return { name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime], duration: this[kDuration], detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMark.prototype, 'detail', { __proto__: null, enumerable: true });
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'PerformanceMark' });

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined, name = undefined, entryType = undefined, startTime = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) {
      throw ERR_ILLEGAL_CONSTRUCTOR();
    }
    super(skipThrow, name, entryType, startTime, duration);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return { name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime], duration: this[kDuration], detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, 'detail', { __proto__: null, enumerable: true });
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'PerformanceMeasure' });

function newMeasure(name, startTime, duration, detail) {
  const measure = new PerformanceMeasure(kSkipThrow, name, 'measure', startTime, duration);
  measure[kDetail] = detail;
  return measure;
}

// The entries of timerify'd functions (node's PerformanceNodeEntry): `detail` is the arguments.
class PerformanceNodeEntry extends PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    super(kSkipThrow, name, entryType, startTime, duration);
    this[kDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceNodeEntry');
    return this[kDetail];
  }

  toJSON() {
    return { name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime], duration: this[kDuration], detail: this[kDetail] };
  }
}

// ---------------------------------------------------------------------------------------------
// The performance timeline: buffered marks and measures, and the observers.

// node keeps marks and measures in insertion order and sorts what it returns by startTime.
let markBuffer = [];
let measureBuffer = [];

function sortByStartTime(entries) {
  return entries.sort((first, second) => {
    if (first.startTime < second.startTime) return -1;
    if (first.startTime > second.startTime) return 1;
    return 0;
  });
}

function filterBuffers(name, type) {
  let entries;
  if (type === 'mark') {
    entries = markBuffer.slice();
  } else if (type === 'measure') {
    entries = measureBuffer.slice();
  } else if (type === undefined) {
    entries = markBuffer.concat(measureBuffer);
  } else {
    return [];
  }
  if (name !== undefined) {
    entries = entries.filter((entry) => entry.name === name);
  }
  return sortByStartTime(entries);
}

function clearBuffer(type, name) {
  const keep = (entry) => name !== undefined && entry.name !== name;
  if (type === 'mark') {
    markBuffer = markBuffer.filter(keep);
  } else {
    measureBuffer = measureBuffer.filter(keep);
  }
}

const supportedEntryTypes = Object.freeze(['function', 'mark', 'measure']);
const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function scheduleDispatch() {
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const due = Array.from(pending);
    pending.clear();
    for (const observer of due) {
      dispatch(observer);
    }
  });
}

function enqueue(entry) {
  for (const observer of observers) {
    maybeBuffer(observer, entry);
  }
}

let maybeBuffer;
let dispatch;

let checkPerformanceObserverEntryList;

class PerformanceObserverEntryList {
  #entries;

  constructor(skipThrow = undefined, entries = undefined) {
    if (skipThrow !== kSkipThrow) {
      throw ERR_ILLEGAL_CONSTRUCTOR();
    }
    this.#entries = sortByStartTime(entries);
  }

  static {
    checkPerformanceObserverEntryList = (value) => {
      if (value === null || typeof value !== 'object' || !(#entries in value)) {
        throw ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', value);
      }
    };
  }

  getEntries() {
    checkPerformanceObserverEntryList(this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    checkPerformanceObserverEntryList(this);
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('type');
    }
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformanceObserverEntryList(this);
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (type != null) {
      type = `${type}`;
      return this.#entries.filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this.#entries.filter((entry) => entry.name === name);
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this.#entries, inner)}`;
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'PerformanceObserverEntryList' });

const kTypeSingle = 0;
const kTypeMultiple = 1;

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type = undefined;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static {
    maybeBuffer = (observer, entry) => {
      if (!observer.#entryTypes.has(entry.entryType)) return;
      observer.#buffer.push(entry);
      pending.add(observer);
      scheduleDispatch();
    };
    dispatch = (observer) => {
      const callback = observer.#callback;
      const list = new PerformanceObserverEntryList(kSkipThrow, observer.takeRecords());
      callback.call(observer, list, observer);
    };
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw new DOMException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw new DOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        }
        break;
    }
    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (let index = 0; index < entryTypes.length; index++) {
        if (supportedEntryTypes.includes(entryTypes[index])) {
          this.#entryTypes.add(entryTypes[index]);
        }
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBuffers(undefined, type);
        if (entries.length > 0) {
          this.#buffer.push(...entries);
          pending.add(this);
          scheduleDispatch();
        }
      }
    }
    if (this.#entryTypes.size) {
      observers.add(this);
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [inspectCustom](depth, options, inspect) {
    const fields = { connected: observers.has(this), pending: pending.has(this), entryTypes: Array.from(this.#entryTypes), buffer: this.#buffer };
    return inspectAs(this, 'PerformanceObserver', fields, depth, options, inspect);
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'PerformanceObserver' });

// ---------------------------------------------------------------------------------------------
// User Timing

// A measure's end points: a mark's name, a node milestone, or a timestamp.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) {
      throw ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    }
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) {
    return nodeTiming[name];
  }
  const time = markTimings.get(name);
  if (time === undefined) {
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

function calculateStartDuration(startOrOptions, endMark) {
  startOrOptions ??= 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrOptions === 'string') {
    start = getMark(startOrOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

// ---------------------------------------------------------------------------------------------
// nodeTiming: node's start-up milestones. kiln's program starts at the time origin, so every
// milestone before the loop is 0; the loop's start and exit are not recorded (-1, as node
// reports before the loop runs).

class PerformanceNodeTiming {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) {
      throw ERR_ILLEGAL_CONSTRUCTOR();
    }
  }

  get name() {
    return 'node';
  }

  get entryType() {
    return 'node';
  }

  get startTime() {
    return 0;
  }

  get duration() {
    return now();
  }

  get nodeStart() {
    return 0;
  }

  get v8Start() {
    return 0;
  }

  get environment() {
    return 0;
  }

  get bootstrapComplete() {
    return 0;
  }

  get loopStart() {
    return -1;
  }

  get loopExit() {
    return -1;
  }

  get idleTime() {
    return 0;
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this, 'PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: 0,
      v8Start: 0,
      bootstrapComplete: 0,
      environment: 0,
      loopStart: -1,
      loopExit: -1,
      idleTime: 0,
    };
  }
}
for (const name of ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit', 'idleTime']) {
  Object.defineProperty(PerformanceNodeTiming.prototype, name, { __proto__: null, enumerable: true });
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
const nodeTiming = new PerformanceNodeTiming(kSkipThrow);

// ---------------------------------------------------------------------------------------------
// timerify

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined) {
    throw ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(name, start, args) {
    const duration = now() - start;
    enqueue(new PerformanceNodeEntry(name, 'function', start, duration, args));
  }
  function timerified(...args) {
    const constructing = new.target !== undefined;
    const start = now();
    const result = constructing ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!constructing && typeof result?.finally === 'function') {
      return result.finally(() => complete(fn.name, start, args));
    }
    complete(fn.name, start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// ---------------------------------------------------------------------------------------------
// Performance

let constructing = false;

function checkPerformance(value) {
  if (value !== performance) {
    throw ERR_INVALID_ARG_TYPE('this', 'Performance', value);
  }
}

class Performance extends EventTarget {
  constructor() {
    if (!constructing) {
      throw ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      name = `${name}`;
      if (nodeTimingNames.has(name)) {
        throw ERR_INVALID_ARG_VALUE('name', name);
      }
      markTimings.delete(name);
    } else {
      markTimings.clear();
    }
    clearBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      name = `${name}`;
    }
    clearBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
  }

  getEntries() {
    checkPerformance(this);
    return filterBuffers(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (type !== undefined) {
      type = `${type}`;
    }
    return filterBuffers(name, type);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('type');
    }
    return filterBuffers(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    const mark = new PerformanceMark(...arguments);
    enqueue(mark);
    markBuffer.push(mark);
    return mark;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw ERR_MISSING_ARGS('name');
    }
    validateString(name, 'name');
    const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
    const measure = newMeasure(name, start, duration, cloneDetail(startOrMeasureOptions?.detail));
    enqueue(measure);
    measureBuffer.push(measure);
    return measure;
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    throw notImplemented('performance.setResourceTimingBufferSize');
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  eventLoopUtilization(utilization1 = undefined, utilization2 = undefined) {
    throw notImplemented('performance.eventLoopUtilization');
  }

  get nodeTiming() {
    checkPerformance(this);
    return nodeTiming;
  }

  markResourceTiming() {
    checkPerformance(this);
    throw notImplemented('performance.markResourceTiming');
  }

  timerify(fn, options = undefined) {
    checkPerformance(this);
    return timerify(...arguments);
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs(this, 'Performance', { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, depth, options, inspect);
  }
}
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Performance' });
Object.defineProperty(Performance.prototype, inspectCustom, { __proto__: null, enumerable: false });

constructing = true;
const performance = new Performance();
constructing = false;

function monitorEventLoopDelay() {
  throw notImplemented('perf_hooks.monitorEventLoopDelay');
}

function createHistogram() {
  throw notImplemented('perf_hooks.createHistogram');
}

// node's global is a getter and a setter: assigning replaces what the getter returns.
let globalPerformance = performance;
Object.defineProperty(globalThis, 'performance', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: Object.getOwnPropertyDescriptor({ get performance() { return globalPerformance; } }, 'performance').get,
  set: Object.getOwnPropertyDescriptor({ set performance(value) { globalPerformance = value; } }, 'performance').set,
});

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
};
