'use strict';
// The parts of node's console beyond log/info/debug/error/warn (which the runtime installs
// natively for every program): group/groupCollapsed/groupEnd, time/timeEnd/timeLog,
// count/countReset, assert, dir/dirxml, table, trace, clear, and the Console class. The
// compiler runs this module before the entry when the program names one of those methods
// (`core_lib::JS_CONSOLE_PROPERTIES`) or requires `console`; it adds them to the global
// console, whose native log/error keep doing the printing.

const binding = require('internal:util');
const stdio = require('internal:stdio');
const { nodeError } = require('internal:errors');
const { emitWarning } = require('internal/warning');
const { ERR_INVALID_ARG_TYPE, validateArray, validateInteger } = require('internal/validators');

const kWrite = Symbol('kWrite');
const kIndent = Symbol('kGroupIndent');
const kIndentWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kTimers = Symbol('kTimers');
const kInspectOptions = Symbol('kInspectOptions');

const nativeLog = console.log;
const nativeError = console.error;

// Writes one formatted text and a newline, every line indented by the current group.
function writeText(target, toStdout, text) {
  const indent = target[kIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  target[kWrite](toStdout, text);
}

function formatFor(target, args) {
  const options = target[kInspectOptions];
  return options === undefined ? binding.format(...args) : binding.formatWithOptions(options, ...args);
}

function print(target, toStdout, args) {
  writeText(target, toStdout, formatFor(target, args));
}

// A duration as node prints it: `1.234ms`, `1.234s`, `1:02.345 (m:ss.mmm)`,
// `1:02:03.456 (h:mm:ss.mmm)`.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const twoDigits = (n) => String(n).padStart(2, '0');
    const head = hours !== 0 ? `${hours}:${twoDigits(minutes)}` : `${minutes}`;
    return `${head}:${twoDigits(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function elapsedMs(start) {
  const [s, ns] = process.hrtime(start);
  return s * 1000 + ns / 1e6;
}

function timeLog(target, name, label, data) {
  const start = target[kTimers].get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = formatTime(elapsedMs(start));
  if (data === undefined) print(target, true, ['%s: %s', label, duration]);
  else print(target, true, ['%s: %s', label, duration, ...data]);
  return true;
}

// The cell text of a value in console.table: one line, at most three array items, nested
// objects shown only when they have few keys.
function cellText(target, value) {
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2 ? -1 : 0;
  return binding.inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, ...target[kInspectOptions] });
}

function renderTable(head, columns) {
  const widths = head.map((text) => binding.stringWidth(text));
  const rowCount = Math.max(...columns.map((column) => column.length));
  const rows = [];
  for (let c = 0; c < head.length; c++) {
    const column = columns[c];
    for (let r = 0; r < rowCount; r++) {
      if (rows[r] === undefined) rows[r] = [];
      const text = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      rows[r][c] = text;
      widths[c] = Math.max(widths[c] || 0, binding.stringWidth(text));
    }
  }
  const line = (cells) => {
    let out = '│ ';
    for (let c = 0; c < cells.length; c++) {
      out += cells[c] + ' '.repeat(widths[c] - binding.stringWidth(cells[c]));
      if (c !== cells.length - 1) out += ' │ ';
    }
    return `${out} │`;
  };
  const rules = widths.map((width) => '─'.repeat(width + 2));
  let text = `┌${rules.join('┬')}┐\n${line(head)}\n├${rules.join('┼')}┤\n`;
  for (const row of rows) text += `${line(row)}\n`;
  return `${text}└${rules.join('┴')}┘`;
}

function table(target, data, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (data === null || (typeof data !== 'object' && typeof data !== 'function')) {
    print(target, true, [data]);
    return;
  }
  const show = (value) => cellText(target, value);
  const indexes = (length) => Array.from({ length }, (_, i) => show(i));
  if (data instanceof Map) {
    const keys = [];
    const values = [];
    for (const [key, value] of data) {
      keys.push(show(key));
      values.push(show(value));
    }
    print(target, true, [renderTable(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values])]);
    return;
  }
  if (data instanceof Set) {
    const values = [];
    for (const value of data) values.push(show(value));
    print(target, true, [renderTable(['(iteration index)', 'Values'], [indexes(values.length), values])]);
    return;
  }
  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveCells = [];
  const rowKeys = Object.keys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveCells[i] = show(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        columns[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) columns[key][i] = '';
        else columns[key][i] = show(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const cells = Object.values(columns);
  if (hasPrimitives) {
    head.push('Values');
    cells.push(primitiveCells);
  }
  head.unshift('(index)');
  cells.unshift(rowKeys);
  print(target, true, [renderTable(head, cells)]);
}

// The methods every console has; `this` is the console (the global one's are also right
// when called detached, as node's are bound).
function methods(self) {
  const me = (receiver) => (receiver !== undefined && receiver !== null && receiver[kWrite] !== undefined ? receiver : self);
  return {
    log(...args) { print(me(this), true, args); },
    warn(...args) { print(me(this), false, args); },
    dir(object, options) {
      const target = me(this);
      writeText(target, true, binding.inspect(object, { customInspect: false, ...target[kInspectOptions], ...options }));
    },
    time(label = 'default') {
      const target = me(this);
      label = `${label}`;
      if (target[kTimers].has(label)) {
        emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      target[kTimers].set(label, process.hrtime());
    },
    timeEnd(label = 'default') {
      const target = me(this);
      label = `${label}`;
      if (timeLog(target, 'timeEnd', label)) target[kTimers].delete(label);
    },
    timeLog(label = 'default', ...data) {
      timeLog(me(this), 'timeLog', `${label}`, data);
    },
    count(label = 'default') {
      const target = me(this);
      label = `${label}`;
      const count = (target[kCounts].get(label) || 0) + 1;
      target[kCounts].set(label, count);
      print(target, true, [`${label}: ${count}`]);
    },
    countReset(label = 'default') {
      const target = me(this);
      label = `${label}`;
      if (!target[kCounts].has(label)) {
        emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      target[kCounts].delete(label);
    },
    group(...data) {
      const target = me(this);
      if (data.length > 0) print(target, true, data);
      target[kIndent] += ' '.repeat(target[kIndentWidth]);
    },
    groupEnd() {
      const target = me(this);
      target[kIndent] = target[kIndent].slice(0, target[kIndent].length - target[kIndentWidth]);
    },
    assert(expression, ...args) {
      if (!expression) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        print(me(this), false, args);
      }
    },
    table(data, properties) { table(me(this), data, properties); },
    trace: function trace(...args) {
      const target = me(this);
      const error = { name: 'Trace', message: formatFor(target, args) };
      Error.captureStackTrace(error, trace);
      print(target, false, [error.stack]);
    },
    clear() {
      const target = me(this);
      if (target[kWrite] === writeGlobal && stdio.isatty(1)) {
        target[kIndent] = '';
        nativeLog('\x1b[1;1H\x1b[0J');
      }
    },
  };
}

function initState(target, indentWidth, inspectOptions) {
  target[kIndent] = '';
  target[kIndentWidth] = indentWidth;
  target[kCounts] = new Map();
  target[kTimers] = new Map();
  target[kInspectOptions] = inspectOptions;
}

function define(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

// The global console: the native methods print; these keep node's group indentation.
function writeGlobal(toStdout, text) {
  if (toStdout) nativeLog(text);
  else nativeError(text);
}

const globalConsole = globalThis.console;
if (globalConsole[kWrite] === undefined) {
  Object.defineProperty(globalConsole, kWrite, { value: writeGlobal, writable: true });
  initState(globalConsole, 2, undefined);
  const shared = methods(globalConsole);
  const plain = (native, toStdout) => function (...args) {
    if (globalConsole[kIndent].length === 0) return native(...args);
    print(globalConsole, toStdout, args);
  };
  const log = plain(nativeLog, true);
  const error = plain(nativeError, false);
  for (const [name, value] of [
    ['log', log], ['info', log], ['debug', log], ['error', error], ['warn', error],
    ['dir', shared.dir], ['dirxml', log], ['table', shared.table], ['trace', shared.trace],
    ['assert', shared.assert], ['count', shared.count], ['countReset', shared.countReset],
    ['group', shared.group], ['groupCollapsed', shared.group], ['groupEnd', shared.groupEnd],
    ['time', shared.time], ['timeEnd', shared.timeEnd], ['timeLog', shared.timeLog],
    ['clear', shared.clear],
  ]) {
    const bound = value.bind(globalConsole);
    Object.defineProperty(bound, 'name', { value: name });
    define(globalConsole, name, bound);
  }
}

// `new Console(stdout[, stderr[, ignoreErrors]])` or `new Console({ stdout, stderr,
// ignoreErrors, colorMode, inspectOptions, groupIndentation })`: the same methods, writing
// to the given streams.
function Console(options, ...rest) {
  if (!new.target) return Reflect.construct(Console, [options, ...rest]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: rest[0], ignoreErrors: rest[1] };
  }
  const { stdout, stderr = stdout, ignoreErrors = true, inspectOptions, groupIndentation = 2 } = options;
  for (const [name, stream] of [['stdout', stdout], ['stderr', stderr]]) {
    if (!stream || typeof stream.write !== 'function') {
      throw nodeError('TypeError', 'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);
    }
  }
  if (inspectOptions !== undefined && (inspectOptions === null || typeof inspectOptions !== 'object')) {
    throw ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
  }
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  Object.defineProperty(this, kWrite, {
    value(toStdout, text) {
      const stream = toStdout ? stdout : stderr;
      try {
        stream.write(`${text}\n`);
      } catch (error) {
        if (!ignoreErrors) throw error;
      }
    },
  });
  initState(this, groupIndentation, inspectOptions);
  const shared = methods(this);
  for (const name of Object.keys(shared)) define(this, name, shared[name].bind(this));
  for (const [alias, name] of [['info', 'log'], ['debug', 'log'], ['dirxml', 'log'], ['error', 'warn'], ['groupCollapsed', 'group']]) {
    define(this, alias, this[name]);
  }
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value: (instance) => instance !== null && typeof instance === 'object' && instance[kWrite] !== undefined,
});
define(globalConsole, 'Console', Console);

module.exports = globalConsole;
