'use strict';
// The WHATWG URL API as node v20 has it (lib/internal/url.js): the URL and URLSearchParams
// classes over the parser in internal/url_parser, node's inspect output for both, and the
// helpers `url` exports (fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode,
// urlToHttpOptions). Installs the globals `URL` and `URLSearchParams`
// (compiler/src/source/core_lib.rs JS_GLOBALS). URL.createObjectURL/revokeObjectURL keep Blobs
// in internal/blob_url_store, which buffer.resolveObjectURL reads.

const parser = require('internal/url_parser');
const blobUrlStore = require('internal/blob_url_store');
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, codedError, validateFunction } = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function ERR_INVALID_THIS(type) {
  return codedError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function invalidURL(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}


function removeColors(text) {
  return text.replace(/\u001b\[\d\d?m/g, '');
}

// `${value}` as a USVString (symbols throw, as node's toUSVString does).
function toUSV(value) {
  return parser.toUSVString(`${value}`);
}

// ---------------------------------------------------------------------- URLSearchParams

// The link between a URL and its URLSearchParams is kept in these module-private functions so
// that neither class exposes it.
let getParamsList;
let setParamsList;
let newLinkedParams;
let urlRecordOf;
let setUrlQueryFromParams;
let isURLInstance;

// V8's brand check text for a private method called on another object.
function checkURL(value) {
  if (!isURLInstance(value)) throw new TypeError('Receiver must be an instance of class URL');
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.map((pair) => [pair[0], pair[1]]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') {
          throw codedError('TypeError', 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw codedError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const items = Array.from(pair);
          if (items.length !== 2) {
            throw codedError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this.#list.push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSV(key);
          const value = toUSV(init[key]);
          if (seen.has(name)) {
            this.#list[seen.get(name)][1] = value;
          } else {
            seen.set(name, this.#list.length);
            this.#list.push([name, value]);
          }
        }
      }
    } else {
      let text = toUSV(init);
      if (text[0] === '?') text = text.slice(1);
      this.#list = parser.parseUrlencoded(text);
    }
  }

  #update() {
    if (this.#url !== null) setUrlQueryFromParams(this.#url, this.toString());
  }

  static {
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => {
      params.#list = list;
    };
    newLinkedParams = (url, query) => {
      // The query's list is parsed as it is: a leading `?` is part of the first name here.
      const params = new URLSearchParams();
      params.#list = query === null ? [] : parser.parseUrlencoded(query);
      params.#url = url;
      return params;
    };
  }

  get size() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length;
  }

  append(name, value) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this.#list = this.#list.filter((pair) => pair[0] !== name || pair[1] !== value);
    } else {
      this.#list = this.#list.filter((pair) => pair[0] !== name);
    }
    this.#update();
  }

  get(name) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const pair = this.#list.find((item) => item[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this.#list.filter((item) => item[0] === name).map((item) => item[1]);
  }

  has(name, value = undefined) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this.#list.some((pair) => pair[0] === name && pair[1] === value);
    }
    return this.#list.some((pair) => pair[0] === name);
  }

  set(name, value) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length; ) {
      if (list[i][0] === name) {
        if (found) {
          list.splice(i, 1);
          continue;
        }
        found = true;
        list[i][1] = value;
      }
      i++;
    }
    if (!found) list.push([name, value]);
    this.#update();
  }

  sort() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    // A stable sort by the names' code units (Array.prototype.sort is stable).
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  entries() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    // The list is read afresh each turn: the callback may change it.
    for (let i = 0; i < this.#list.length; i++) {
      const pair = this.#list[i];
      callback.call(thisArg, pair[1], pair[0], this);
    }
  }

  keys() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    return parser.serializeUrlencoded(this.#list);
  }

  [inspectCustom](recurseTimes, options, inspect) {
    if (!(#list in this)) throw ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return options.stylize('[Object]', 'special');
    const innerOptions = { ...options };
    if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
    const output = this.#list.map((pair) => `${inspect(pair[0], innerOptions)} => ${inspect(pair[1], innerOptions)}`);
    const separator = ', ';
    const length = output.reduce((sum, item) => sum + removeColors(item).length + separator.length, -separator.length);
    const name = this.constructor.name;
    if (length > options.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length > 0) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  size: { __proto__: null, enumerable: true },
  append: { __proto__: null, enumerable: true },
  delete: { __proto__: null, enumerable: true },
  get: { __proto__: null, enumerable: true },
  getAll: { __proto__: null, enumerable: true },
  has: { __proto__: null, enumerable: true },
  set: { __proto__: null, enumerable: true },
  sort: { __proto__: null, enumerable: true },
  entries: { __proto__: null, enumerable: true },
  forEach: { __proto__: null, enumerable: true },
  keys: { __proto__: null, enumerable: true },
  values: { __proto__: null, enumerable: true },
  toString: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: { __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// The URLSearchParams iterators: live over the list, as an index into it.
const iteratorState = new WeakMap();
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: function next() {
      const state = iteratorState.get(this);
      if (state === undefined) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = getParamsList(state.target);
      if (state.index >= list.length) return { value: undefined, done: true };
      const pair = list[state.index++];
      const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]];
      return { value, done: false };
    },
  },
  [inspectCustom]: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: function (recurseTimes, options, inspect) {
      const state = iteratorState.get(this);
      if (state === undefined) throw ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return options.stylize('[Object]', 'special');
      const innerOptions = { ...options };
      if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
      const list = getParamsList(state.target).slice(state.index);
      const output = list.map((pair) => (state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]]));
      const breakLine = inspect(output, innerOptions).includes('\n');
      const items = output.map((item) => inspect(item, innerOptions));
      const body = breakLine ? `\n  ${items.join(',\n  ')}` : ` ${items.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
  },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams Iterator' },
});

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(iterator, { target, kind, index: 0 });
  return iterator;
}

// -------------------------------------------------------------------------------- URL

function parseOrThrow(input, base, hasBase) {
  let baseRecord = null;
  if (hasBase) {
    baseRecord = parser.basicParse(base, null);
    if (baseRecord === null) throw invalidURL(input, base);
  }
  const record = parser.basicParse(input, baseRecord);
  if (record === null) throw invalidURL(input, hasBase ? base : undefined);
  return record;
}

function canParseRecord(input, base, hasBase) {
  let baseRecord = null;
  if (hasBase) {
    baseRecord = parser.basicParse(base, null);
    if (baseRecord === null) return false;
  }
  return parser.basicParse(input, baseRecord) !== null;
}

class URL {
  #record;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSV(input);
    const hasBase = base !== undefined;
    if (hasBase) base = toUSV(base);
    this.#record = parseOrThrow(input, base, hasBase);
  }

  static {
    isURLInstance = (value) => value !== null && typeof value === 'object' && #record in value;
    urlRecordOf = (url) => url.#record;
    setUrlQueryFromParams = (url, serialized) => {
      url.#record.query = serialized === '' ? null : serialized;
      if (serialized === '') parser.stripTrailingSpacesFromOpaquePath(url.#record);
    };
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    try {
      return base === undefined ? new this(input) : new this(input, base);
    } catch (error) {
      if (error !== null && typeof error === 'object' && error.code === 'ERR_INVALID_URL') return null;
      throw error;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSV(input);
    const hasBase = base !== undefined;
    if (hasBase) base = toUSV(base);
    return canParseRecord(input, base, hasBase);
  }

  static createObjectURL(obj) {
    if (!blobUrlStore.isBlob(obj)) throw ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    return blobUrlStore.store(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    url = `${url}`;
    const record = parser.basicParse(url, null);
    if (record === null) return;
    const split = new URL(url).pathname.split(':');
    if (split.length === 2) blobUrlStore.entries.delete(split[1]);
  }

  // The query changed: the URLSearchParams list follows it.
  #queryChanged() {
    if (this.#searchParams !== null) {
      const query = this.#record.query;
      setParamsList(this.#searchParams, query === null ? [] : parser.parseUrlencoded(query));
    }
  }

  toString() {
    checkURL(this);
    return parser.serializeURL(this.#record);
  }

  get href() {
    checkURL(this);
    return parser.serializeURL(this.#record);
  }

  set href(value) {
    checkURL(this);
    value = toUSV(value);
    const record = parser.basicParse(value, null);
    if (record === null) throw invalidURL(value);
    this.#record = record;
    this.#queryChanged();
  }

  get origin() {
    checkURL(this);
    return parser.serializeOrigin(this.#record);
  }

  get protocol() {
    checkURL(this);
    return this.#record.scheme + ':';
  }

  set protocol(value) {
    checkURL(this);
    parser.basicParse(toUSV(value) + ':', null, this.#record, parser.State.SchemeStart);
  }

  get username() {
    checkURL(this);
    return this.#record.username;
  }

  set username(value) {
    checkURL(this);
    value = toUSV(value);
    if (parser.cannotHaveUsernamePasswordPort(this.#record)) return;
    this.#record.username = parser.percentEncodeString(value, parser.inUserinfoSet);
  }

  get password() {
    checkURL(this);
    return this.#record.password;
  }

  set password(value) {
    checkURL(this);
    value = toUSV(value);
    if (parser.cannotHaveUsernamePasswordPort(this.#record)) return;
    this.#record.password = parser.percentEncodeString(value, parser.inUserinfoSet);
  }

  get host() {
    checkURL(this);
    const record = this.#record;
    if (record.host === null) return '';
    return record.port === null ? record.host : `${record.host}:${record.port}`;
  }

  set host(value) {
    checkURL(this);
    value = toUSV(value);
    if (parser.hasOpaquePath(this.#record)) return;
    setByParsing(this.#record, value, parser.State.Host);
  }

  get hostname() {
    checkURL(this);
    const host = this.#record.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    checkURL(this);
    value = toUSV(value);
    if (parser.hasOpaquePath(this.#record)) return;
    setByParsing(this.#record, value, parser.State.Hostname);
  }

  get port() {
    checkURL(this);
    const port = this.#record.port;
    return port === null ? '' : String(port);
  }

  set port(value) {
    checkURL(this);
    value = toUSV(value);
    const record = this.#record;
    if (parser.cannotHaveUsernamePasswordPort(record)) return;
    // node's parser (ada) reads the port as the value's leading digits: none at all leaves
    // the port alone, digits after something else clear it, too large a number is ignored.
    const trimmed = value.replace(/[\t\n\r]/g, '');
    if (trimmed === '') {
      record.port = null;
    } else if (trimmed.charCodeAt(0) <= 0x20 || !/[0-9]/.test(trimmed)) {
      return;
    } else if (!/^[0-9]/.test(trimmed)) {
      record.port = null;
    } else {
      setByParsing(record, trimmed, parser.State.Port);
    }
  }

  get pathname() {
    checkURL(this);
    return parser.serializePath(this.#record);
  }

  set pathname(value) {
    checkURL(this);
    value = toUSV(value);
    const record = this.#record;
    if (parser.hasOpaquePath(record)) return;
    const saved = record.path;
    record.path = [];
    if (!parser.basicParse(value, null, record, parser.State.PathStart)) record.path = saved;
  }

  get search() {
    checkURL(this);
    const query = this.#record.query;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    checkURL(this);
    value = toUSV(value);
    const record = this.#record;
    if (value === '') {
      record.query = null;
      parser.stripTrailingSpacesFromOpaquePath(record);
    } else {
      if (value[0] === '?') value = value.slice(1);
      record.query = '';
      parser.basicParse(value, null, record, parser.State.Query);
    }
    this.#queryChanged();
  }

  get searchParams() {
    checkURL(this);
    if (this.#searchParams === null) this.#searchParams = newLinkedParams(this, this.#record.query);
    return this.#searchParams;
  }

  get hash() {
    checkURL(this);
    const fragment = this.#record.fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    checkURL(this);
    value = toUSV(value);
    const record = this.#record;
    if (value === '') {
      record.fragment = null;
      parser.stripTrailingSpacesFromOpaquePath(record);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    record.fragment = '';
    parser.basicParse(value, null, record, parser.State.Fragment);
  }

  toJSON() {
    checkURL(this);
    return parser.serializeURL(this.#record);
  }

  [inspectCustom](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const object = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const constructor = typeof this.constructor === 'function' ? this.constructor : URL;
    return `${constructor.name} ${inspect(object, options)}`;
  }
}

// A setter's parse changes the record in place: what the parser set before it rejected the
// rest stays (the host setter's host survives a bad port), as the standard and node have it.
function setByParsing(record, value, state) {
  parser.basicParse(value, null, record, state);
}

Object.defineProperties(URL.prototype, {
  toString: { __proto__: null, enumerable: true },
  href: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  protocol: { __proto__: null, enumerable: true },
  username: { __proto__: null, enumerable: true },
  password: { __proto__: null, enumerable: true },
  host: { __proto__: null, enumerable: true },
  hostname: { __proto__: null, enumerable: true },
  port: { __proto__: null, enumerable: true },
  pathname: { __proto__: null, enumerable: true },
  search: { __proto__: null, enumerable: true },
  searchParams: { __proto__: null, enumerable: true },
  hash: { __proto__: null, enumerable: true },
  toJSON: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'URL' },
});
Object.defineProperties(URL, {
  parse: { __proto__: null, enumerable: true },
  canParse: { __proto__: null, enumerable: true },
  createObjectURL: { __proto__: null, enumerable: true },
  revokeObjectURL: { __proto__: null, enumerable: true },
});

// node's isURL: a URL instance or an object shaped like one (href and protocol set, no `auth`
// or `path`, which only legacy url objects have).
function isURL(value) {
  return Boolean(value !== null && typeof value === 'object' && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// ---------------------------------------------------------------------------- helpers

function fileURLToPath(path) {
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw codedError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw codedError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = path.pathname;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = pathname.codePointAt(i + 2) | 0x20;
      if (pathname[i + 1] === '2' && third === 102) {
        throw codedError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  resolved = resolved
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09')
    .replace(/\?/g, '%3F')
    .replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

// node sets the domain as the hostname of `ws://x` and reads the hostname back: '' on failure.
function hostnameOfWebSocketURL(domain) {
  const record = parser.basicParse('ws://x', null);
  return parser.basicParse(domain, null, record, parser.State.Hostname) ? record.host : null;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const host = hostnameOfWebSocketURL(domain);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const host = hostnameOfWebSocketURL(domain);
  if (host === null) return '';
  const unicode = parser.domainToUnicodeInternal(host);
  return unicode === null ? '' : unicode;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

for (const [name, value] of [
  ['URL', URL],
  ['URLSearchParams', URLSearchParams],
]) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  fileURLToPath,
  pathToFileURL,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  urlRecordOf,
};
