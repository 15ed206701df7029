// util.inspect options: depth (numbers, null, Infinity, -1), showHidden, compact (true,
// false, numbers), breakLength, sorted (true and a comparator), maxArrayLength,
// maxStringLength, getters, numericSeparator, and the legacy (value, showHidden, depth) form.
const util = require('util');
const nested = { a: { b: { c: { d: { e: { f: 1 } } } } }, list: [[1, [2, [3, [4]]]]] };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: 1 }));
console.log(util.inspect(nested, { depth: null }));
console.log(util.inspect(nested, { depth: Infinity }));
console.log(util.inspect(nested, { depth: -1 }));
console.log(util.inspect([nested], { depth: -1 }));
console.log(util.inspect(nested, false, 0));
console.log(util.inspect(nested, false, null));
console.log(util.inspect({ x: 1 }, true));

const hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 'shh', enumerable: false });
Object.defineProperty(hidden, Symbol('hiddenSym'), { value: 2, enumerable: false });
console.log(util.inspect(hidden), util.inspect(hidden, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(function f(a, b) {}, { showHidden: true }));
console.log(util.inspect(new Error('e1'), { showHidden: true }).split('\n')[0]);

const wide = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: ['g', 'h', 'i'], delta: { e: 1, f: [1, 2, 3] } };
console.log(util.inspect(wide, { compact: true }));
console.log(util.inspect(wide, { compact: false }));
console.log(util.inspect(wide, { compact: 1 }));
console.log(util.inspect(wide, { compact: 0 }));
console.log(util.inspect(wide, { breakLength: 40 }));
console.log(util.inspect(wide, { breakLength: Infinity }));
console.log(util.inspect(wide, { breakLength: 200, compact: true }));
console.log(util.inspect({ text: 'line one\nline two\nline three that is long enough to split' }, { compact: true }));
console.log(util.inspect({ long: 'x'.repeat(100) }, { compact: true, breakLength: 50 }));

const unsorted = { b: 2, c: 3, a: 1, [Symbol('z')]: 0 };
console.log(util.inspect(unsorted, { sorted: true }));
console.log(util.inspect(unsorted, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['q', 'c', 'm']), { sorted: true }));
const arrayWithKeys = [3, 1, 2];
arrayWithKeys.z = 1;
arrayWithKeys.b = 2;
console.log(util.inspect(arrayWithKeys, { sorted: true }));

const numbers = Array.from({ length: 30 }, (_, i) => i);
console.log(util.inspect(numbers, { maxArrayLength: 5 }));
console.log(util.inspect(numbers, { maxArrayLength: 0 }));
console.log(util.inspect(numbers, { maxArrayLength: null }).split('\n').length);
console.log(util.inspect(new Set(numbers), { maxArrayLength: 3 }));
console.log(util.inspect(new Map(numbers.map((n) => [n, n])), { maxArrayLength: 2 }));
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect(['abcdefghij', 'xy'], { maxStringLength: 1 }));
console.log(util.inspect('abc', { maxStringLength: null }));

const withGetters = {
  get plain() { return 42; },
  get object() { return { inner: [1, 2] }; },
  get nothing() { return null; },
  get broken() { throw new Error('nope'); },
  get both() { return 'b'; },
  set both(v) {},
  set onlySet(v) {},
};
console.log(util.inspect(withGetters));
console.log(util.inspect(withGetters, { getters: true }));
console.log(util.inspect(withGetters, { getters: 'get' }));
console.log(util.inspect(withGetters, { getters: 'set' }));

console.log(util.inspect([1234567, 1234.5678, -98765432, 0.0001234, 123, -0, 1e21, NaN], { numericSeparator: true }));
console.log(util.inspect({ big: 123456789 }, { numericSeparator: true }));

class Point {
  constructor() {
    this.x = 1;
    this.y = { z: 2 };
  }
}
console.log(util.inspect(new Point(), { depth: 0 }));
console.log(util.inspect({ p: new Point() }, { depth: 0 }));
console.log(util.inspect({ arr: [1, 2] }, { depth: 0 }));
console.log(util.inspect(Object.create(null), { depth: 0 }));
console.log(util.inspect({ n: Object.assign(Object.create(null), { a: 1 }) }, { depth: 0 }));
const circular = { name: 'loop' };
circular.self = circular;
circular.list = [circular];
console.log(util.inspect(circular));
console.log(util.inspect(circular, { compact: true }));
console.log(util.inspect(circular, { compact: false }));
