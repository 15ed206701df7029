'use strict';
// node:vm. Every way vm runs code starts from a string compiled at run time, which a program
// kiln compiled ahead of time cannot do (docs/compat.md, "Code from strings"): the Script
// constructor, runInThisContext/runInContext/runInNewContext and compileFunction check their
// arguments as node does and then throw EvalError, like `eval` of a computed string. What
// needs no compiler works: createContext and isContext. So a package that loads `vm` and only
// uses it on request (jsonpath-plus's `eval: 'native'`) runs.

const { ERR_INVALID_ARG_TYPE, validateArray, validateBoolean, validateInteger, validateObject, validateString } = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const contexts = new WeakSet();
let defaultContextNameIndex = 1;

function codeGenerationError(what) {
  return new EvalError(`Code generation from strings is not supported by kiln: ${what} needs a compiler at run time`);
}

function validateInt32(value, name) {
  validateInteger(value, name, -2147483648, 2147483647);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function createContext(contextObject = {}, options = kEmptyObject) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${defaultContextNameIndex++}`, origin, codeGeneration, microtaskMode } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined && microtaskMode !== 'afterEvaluate') {
    throw ERR_INVALID_ARG_TYPE('options.microtaskMode', "'afterEvaluate'", microtaskMode);
  }
  contexts.add(contextObject);
  return contextObject;
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const { filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData, produceCachedData = false } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    throw codeGenerationError('vm.Script');
  }

  runInThisContext() {
    throw codeGenerationError('vm.Script');
  }

  runInContext(contextifiedObject) {
    validateContext(contextifiedObject);
    throw codeGenerationError('vm.Script');
  }

  runInNewContext() {
    throw codeGenerationError('vm.Script');
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function filenameOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  return createScript(code, filenameOptions(options)).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
  options = filenameOptions(options);
  createContext(contextObject);
  return createScript(code, options).runInNewContext();
}

function runInThisContext(code, options) {
  return createScript(code, filenameOptions(options)).runInThisContext();
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const { filename = '', lineOffset = 0, columnOffset = 0, parsingContext, contextExtensions = [] } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (parsingContext !== undefined) validateContext(parsingContext);
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true }));
  throw codeGenerationError('vm.compileFunction');
}

function measureMemory() {
  throw new Error('kiln does not implement vm.measureMemory: it measures V8 heaps');
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
