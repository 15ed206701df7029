'use strict';
// assert.AssertionError as node v20 builds it: the generated messages (`1 !== 2` for short
// primitives, the line diff with `+ actual - expected` for deepStrictEqual/strictEqual, the
// single-value form of the not* operators, `a == b` for the rest), the own properties
// (generatedMessage, code, actual, expected, operator), the `AssertionError [ERR_ASSERTION]`
// stack header, and the custom inspection that shortens long `actual`/`expected` strings.

const binding = require('internal:util');
const { validateObject } = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short primitives compare as `a !== b` instead of a diff.
const kMaxShortLength = 12;

// The diff colours: only when stderr is a terminal with colours, as in node.
let blue = '';
let green = '';
let red = '';
let white = '';

function refreshColors() {
  const stderr = process.stderr;
  if (stderr && stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = '';
    green = '';
    white = '';
    red = '';
  }
}

function removeColors(text) {
  return text.replace(/\u001b\[\d\d?m/g, '');
}

// A copy that inspects like the error without its stack (which would differ between the two).
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function inspectValue(value) {
  // Fixed options: the user's inspect.defaultOptions must not hide differences.
  return binding.inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// node v20's line diff of the inspected values.
// A custom message replaces the operator's header (not the identical-structure one).
function createErrDiff(actual, expected, operator, customMessage) {
  let other = '';
  let res = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';

  // Two objects (or functions) that are not the same reference.
  if (
    operator === 'strictEqual' &&
    ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
      (typeof actual === 'function' && typeof expected === 'function'))
  ) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const colors = binding.defaultOptions.colors;
    const actualRaw = colors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (
        (typeof actual !== 'object' || actual === null) &&
        (typeof expected !== 'object' || expected === null) &&
        (actual !== 0 || expected !== 0)
      ) {
        return `${customMessage ?? kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // Point at the first difference when both fit on a line.
      const stderr = process.stderr;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) {
          i++;
        }
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the identical lines at the end, keeping up to three of them as context.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) {
      break;
    }
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  // Everything matched: equal structure, different references.
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      while (lines.length > 47) {
        lines.pop();
      }
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let printedLines = 0;
  let identical = 0;
  const msg = (customMessage ?? kReadableOperator[operator]) + `\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    maxLength = actualLines.length;
  }

  // Up to two identical lines before a difference are shown; longer runs are collapsed.
  function flushIdentical(source, index) {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${source[index - 3]}`;
            printedLines++;
          } else {
            res += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        res += `\n  ${source[index - 2]}`;
        printedLines++;
      }
      res += `\n  ${source[index - 1]}`;
      printedLines++;
    }
    identical = 0;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      // Only one side has lines left.
      flushIdentical(lines, i);
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let divergingLines = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by the trailing comma is the same line.
      if (divergingLines && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        flushIdentical(actualLines, i);
        // Consecutive differing lines show as +++--- rather than +-+-+-.
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // Show about 50 lines at most.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n` + `${blue}...${white}`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    // node keeps the text after the first 512 characters here.
    return `${string.slice(512)}...`;
  }
  return string;
}

// Removes the frames above the caller of `stackStartFn` (this constructor, innerFail, the
// assert function itself), as V8's captureStackTrace(error, stackStartFn) leaves them out.
// Only frames of core modules (`node:`) are removed.
function hideFramesThrough(error, stackStartFn) {
  const stack = error.stack;
  if (typeof stack !== 'string' || typeof stackStartFn !== 'function' || !stackStartFn.name) {
    return;
  }
  const lines = stack.split('\n');
  const first = String(error.message).split('\n').length;
  const name = stackStartFn.name;
  for (let i = first; i < lines.length; i++) {
    const end = lines[i].indexOf(' (node:');
    if (!lines[i].startsWith('    at ') || end === -1) {
      return;
    }
    // `at ok (node:...)`, or `at Function.ok (node:...)` for a call as `assert.ok(...)`.
    const frameName = lines[i].slice(7, end);
    if (frameName === name || frameName.endsWith(`.${name}`)) {
      lines.splice(first, i - first + 1);
      error.stack = lines.join('\n');
      return;
    }
  }
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator, String(message)));
      } else {
        super(String(message));
      }
    } else {
      refreshColors();
      if (
        typeof actual === 'object' &&
        actual !== null &&
        typeof expected === 'object' &&
        expected !== null &&
        'stack' in actual &&
        actual instanceof Error &&
        'stack' in expected &&
        expected instanceof Error
      ) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        // The values are equal: show the one value.
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length > 50) {
          res[46] = `${blue}...${white}`;
          while (res.length > 47) {
            res.pop();
          }
        }
        if (res.length === 1) {
          super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
        } else {
          super(`${base}\n\n${res.join('\n')}\n`);
        }
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${knownOperator}\n\n${res}`;
          if (res.length > 1024) {
            res = `${res.slice(0, 1021)}...`;
          }
          super(res);
        } else {
          if (res.length > 512) {
            res = `${res.slice(0, 509)}...`;
          }
          if (other.length > 512) {
            other = `${other.slice(0, 509)}...`;
          }
          if (operator === 'deepEqual') {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const unequal = kReadableOperator[`${operator}Unequal`];
            if (unequal) {
              res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            } else {
              other = ` ${operator} ${other}`;
            }
          }
          super(`${res}${other}`);
        }
      }
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    // Format the stack while the name carries the code, then reset the name.
    hideFramesThrough(this, stackStartFn || stackStartFunction);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [customInspectSymbol](recurseTimes, ctx) {
    // Long strings are shortened, and actual/expected are shown at depth 0 only: the message
    // already holds their full comparison.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') {
      this.actual = addEllipsis(this.actual);
    }
    if (typeof this.expected === 'string') {
      this.expected = addEllipsis(this.expected);
    }
    const result = binding.inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };
