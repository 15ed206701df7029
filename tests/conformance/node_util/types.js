// util.types (also require('util/types')): every predicate over a spread of values, plus
// their names.
const types = require('util/types');
function* gen() {
  yield 1;
}
async function* agen() {}
const values = {
  number: 1,
  string: 's',
  nullValue: null,
  object: {},
  array: [1],
  args: (function() {
    return arguments;
  })(),
  date: new Date(0),
  regexp: /a/,
  error: new TypeError('t'),
  errorLike: Object.create(Error.prototype),
  subError: new (class MyError extends Error {})('m'),
  promise: Promise.resolve(1),
  thenable: { then() {} },
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().keys(),
  setIterator: new Set().values(),
  arrayIterator: [].values(),
  fn: function() {},
  arrow: () => {},
  asyncFn: async function() {},
  asyncArrow: async () => {},
  genFn: gen,
  asyncGenFn: agen,
  genObject: gen(),
  asyncGenObject: agen(),
  boundAsync: (async function() {}).bind(null),
  numberObject: new Number(1),
  stringObject: new String('s'),
  booleanObject: new Boolean(true),
  symbolObject: Object(Symbol('s')),
  fakeDate: Object.create(Date.prototype),
  taggedObject: { [Symbol.toStringTag]: 'Map' },
};
const names = Object.keys(types).filter((name) => !/Array|Buffer|DataView|KeyObject|CryptoKey/.test(name));
for (const name of names) {
  const hits = Object.keys(values).filter((key) => types[name](values[key]));
  console.log(`${name}: ${hits.join(' ')}`);
}
console.log(Object.keys(types).join(' '));
console.log(Object.keys(types).filter((name) => types[name].name !== name));
console.log(types.isTypedArray([1]), types.isArrayBuffer({}), types.isDataView({}), types.isArrayBufferView([]), types.isAnyArrayBuffer(null));
console.log(require('util').types === types, require('node:util/types') === types);
