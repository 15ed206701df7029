// util.isDeepStrictEqual over primitives, objects, arrays (holes), prototypes, symbols,
// Dates, RegExps, Errors (cause, errors), boxed primitives, Maps and Sets (object keys matched
// in any order) and cycles.
const { isDeepStrictEqual: eq } = require('util');
const sym = Symbol('k');
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [-0, -0], [null, undefined], ['a', 'a'],
  [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]],
  [[1, , 3], [1, , 3]], [[], {}], [Object.create(null), {}], [{ [sym]: 1 }, { [sym]: 1 }], [{ [sym]: 1 }, {}],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(NaN), new Date(NaN)],
  [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [new Error('x', { cause: 1 }), new Error('x', { cause: 1 })], [new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  [new Error('x', { cause: 1 }), new Error('x')],
  [new AggregateError([1], 'm'), new AggregateError([1], 'm')], [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new String('a'), new String('a')], [new Number(1), 1],
  [new Boolean(true), new Boolean(true)], [Object(sym), Object(sym)], [new Number(0), new Number(-0)],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([[1, 'b']])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])], [new Set([1]), new Set(['1'])],
  [new Set([[1], [1]]), new Set([[1], [2]])],
  [function f() {}, function f() {}], [eq, eq],
  [Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 })], [Object.assign([1], { x: 1 }), [1]],
  [new (class A {})(), new (class A {})()],
];
pairs.forEach(([a, b], i) => console.log(i, eq(a, b), eq(b, a)));
const c1 = { name: 'c' };
c1.self = c1;
const c2 = { name: 'c' };
c2.self = c2;
const c3 = { name: 'c', self: { name: 'c' } };
c3.self.self = c3;
console.log(eq(c1, c2), eq(c1, c3));
const d1 = {};
d1.x = { y: d1 };
const d2 = {};
d2.x = { y: { y: d2 } };
console.log(eq(d1, d2));
const nonEnumerable = { b: 1 };
Object.defineProperty(nonEnumerable, 'a', { value: 1, enumerable: false });
console.log(eq({ a: 1 }, nonEnumerable), eq({ b: 1 }, nonEnumerable));
