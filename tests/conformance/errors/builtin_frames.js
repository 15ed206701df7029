// Stack traces show the frames of ECMAScript built-ins as V8 does (`at Array.map
// (<anonymous>)`, `at new Map (<anonymous>)`, `at JSON.parse (<anonymous>)`), both for a
// callback they call and for an error they throw, but not those V8 leaves out: `call`,
// `apply`, `Reflect.apply`, `Reflect.construct`, bound functions, the Array, Proxy and Error
// constructors, and RegExp's `@@replace` under String's `replace`.
function show(label, f) {
  try {
    f();
  } catch (error) {
    const lines = error.stack.split('\n').slice(0, 4).map((line) => line.trim().replace(__dirname, '<dir>'));
    console.log(`${label}: ${lines.join(' | ')}`);
  }
}
function thrower() {
  throw new Error('x');
}

// Callbacks.
show('call', () => thrower.call(null));
show('apply', () => thrower.apply(null, []));
show('bind', () => thrower.bind(null)());
show('Reflect.apply', () => Reflect.apply(thrower, null, []));
show('Reflect.construct', () => Reflect.construct(thrower, []));
show('forEach', () => [1].forEach(thrower));
show('map', () => [1].map(thrower));
show('filter', () => [1].filter(thrower));
show('every', () => [1].every(thrower));
show('flatMap', () => [1].flatMap(thrower));
show('sort', () => [1, 2].sort(thrower));
show('toSorted', () => [1, 2].toSorted(thrower));
show('reduce', () => [1, 2].reduce(thrower));
show('find', () => [1].find(thrower));
show('findLast', () => [1].findLast(thrower));
show('Array.from', () => Array.from([1], thrower));
show('Array.from iterable', () => Array.from({ [Symbol.iterator]: thrower }));
show('Object.fromEntries', () => Object.fromEntries({ [Symbol.iterator]: thrower }));
show('JSON.parse reviver', () => JSON.parse('{"a":1}', thrower));
show('JSON.stringify toJSON', () => JSON.stringify({ toJSON: thrower }));
show('replace', () => 'a'.replace('a', thrower));
show('replace RegExp', () => 'a'.replace(/a/, thrower));
show('replaceAll', () => 'a'.replaceAll('a', thrower));
show('Map forEach', () => new Map([[1, 1]]).forEach(thrower));
show('Set forEach', () => new Set([1]).forEach(thrower));
show('new Map', () => new Map({ [Symbol.iterator]: thrower }));
show('String()', () => String({ toString: thrower }));
show('join', () => [{ toString: thrower }].join());
show('Object.assign getter', () => Object.assign({}, { get a() { thrower(); } }));
show('Object.defineProperty getter', () => Object.defineProperty({}, 'x', { get value() { thrower(); } }));
show('Object.keys proxy', () => Object.keys(new Proxy({}, { ownKeys: thrower })));
show('typed array map', () => new Uint8Array(1).map(thrower));
show('String.raw getter', () => String.raw({ raw: { get length() { thrower(); } } }));
show('own getter', () => ({ get g() { return thrower(); } }).g);
show('valueOf', () => +{ valueOf: thrower });

// Errors the built-ins throw.
show('JSON.parse', () => JSON.parse('{bad'));
show('repeat', () => 'a'.repeat(-1));
show('Object.defineProperty', () => Object.defineProperty(1, 'x', {}));
show('BigInt', () => BigInt(1.5));
show('decodeURIComponent', () => decodeURIComponent('%'));
show('new Uint8Array', () => new Uint8Array(-1));
show('push on frozen', () => Object.freeze([]).push(1));
show('reduce of empty', () => [].reduce((a, b) => a));
show('new Array', () => new Array(-1));
show('new Proxy', () => new Proxy(1, {}));
show('new Error', () => { throw new Error('plain'); });
show('Error()', () => { throw Error('called'); });
show('toFixed', () => (1).toFixed(200));
show('new Map of a number', () => new Map(5));
show('Promise.resolve.call', () => Promise.resolve.call(1));
show('parseInt', () => parseInt({ toString() { throw new Error('ts'); } }));
show('Object.setPrototypeOf', () => Object.setPrototypeOf(Object.preventExtensions({}), {}));
show('Reflect.ownKeys', () => Reflect.ownKeys(1));
show('String.fromCodePoint', () => String.fromCodePoint(-1));
show('normalize', () => 'a'.normalize('x'));
show('toISOString', () => new Date(NaN).toISOString());
show('Number toString', () => Number.prototype.toString.call('x'));
show('Map get', () => Map.prototype.get.call({}, 1));
show('Object.keys', () => Object.keys(null));
show('JSON.stringify cycle', () => { const a = {}; a.a = a; JSON.stringify(a); });
show('Math.max', () => Math.max({ valueOf() { throw new Error('vo'); } }));
for (const name of ['join', 'keys', 'entries', 'values', 'push', 'toString', 'at', 'map']) {
  show(`Array.prototype.${name} of null`, () => Array.prototype[name].call(null, () => {}));
}

// Call sites: a parenthesized callee or a call's result is placed at its `(`.
function where() {
  console.log(new Error().stack.split('\n')[2].trim().replace(__dirname, '<dir>'));
}
(where)();
(0, where)();
where.bind(null)();
