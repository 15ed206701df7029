'use strict';
// node:module — createRequire, builtinModules, isBuiltin. A kiln program contains the modules
// the compiler found; a created require finds those (by path, with node's extension and index
// rules) and node's core modules, and throws MODULE_NOT_FOUND for anything else.

const binding = require('internal:module');
const { nodeError } = require('internal:errors');
const { inspect } = require('internal:util');

// node 20's list of core modules (require('module').builtinModules).
const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib',
];
const schemeOnly = ['node:sea', 'node:test', 'node:test/reporters'];

function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') {
    return false;
  }
  if (schemeOnly.includes(moduleName)) {
    return true;
  }
  const name = moduleName.startsWith('node:') ? moduleName.slice(5) : moduleName;
  return builtinModules.includes(name);
}

function createRequire(filename) {
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename !== 'string' || !(filename.startsWith('file:') || filename.startsWith('/'))) {
    throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${inspect(filename)}`);
  }
  return binding.createRequire(filename);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = id === '' ? '.' : id.slice(0, id.lastIndexOf('/')) || '/';
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    if (parent !== undefined) {
      this.parent = parent;
    }
  }
}

Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.createRequire = createRequire;
Module.Module = Module;
Module._cache = Object.create(null);
Module._extensions = Object.create(null);

module.exports = Module;
