// deepEqual / deepStrictEqual / notDeepEqual / notDeepStrictEqual: which values are equal in
// loose and strict mode, and node's generated messages (the +/- line diff, skipped lines,
// identical structure, the not* forms).
const assert = require('assert');
function check(f) {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(`--- ${e.name} [${e.code}] ${e.operator}`);
    console.log(e.message);
  }
}
check(() => assert.deepEqual({ a: 1, b: '2' }, { b: 2, a: '1' }));
check(() => assert.deepEqual([1, 2], ['1', '2']));
check(() => assert.deepEqual(new Set([1, 2]), new Set(['1', 2])));
check(() => assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
check(() => assert.deepEqual(Object.create(null), {}));
check(() => assert.deepEqual(1, 2));
check(() => assert.deepEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepEqual([1, 2, 3], [1, 2]));
check(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
check(() => assert.notDeepEqual({ a: 1 }, { a: 2 }));
check(() => assert.notDeepEqual([1, 2], [1, 3]));
check(() => assert.deepStrictEqual({ a: 1, b: [1, 2, { c: 3 }] }, { a: 1, b: [1, 2, { c: 3 }] }));
check(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
check(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
check(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
check(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 3, 4, 5, 6, 7, 8]));
check(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
check(() => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))));
check(() => assert.deepStrictEqual({ a: { b: { c: { d: 1, e: [1, 2] } } } }, { a: { b: { c: { d: 2, e: [1, 2] } } } }));
check(() => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
check(() => assert.deepStrictEqual([new Date(0)], [new Date(1)]));
check(() => assert.deepStrictEqual(new Map([['k', 1]]), new Map([['k', 2]])));
check(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
check(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
check(() => assert.deepStrictEqual(Object.create(null), {}));
check(() => assert.deepStrictEqual(new Number(1), new Number(2)));
check(() => assert.deepStrictEqual('a', 'b'));
check(() => assert.deepStrictEqual(1, '1'));
check(() => assert.deepStrictEqual(0, -0));
check(() => assert.deepStrictEqual([0], [-0]));
check(() => assert.deepStrictEqual({ long: 'x'.repeat(60) }, { long: 'x'.repeat(59) + 'y' }));
check(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom deep message'));
check(() => assert.deepStrictEqual('first value text', 'first valve text'));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check(() => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
check(() => assert.notDeepStrictEqual(1, 1));
check(() => assert.notDeepStrictEqual('abcdef', 'abcdef'));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
check(() => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i)));
const big1 = {};
const big2 = {};
for (let i = 0; i < 40; i++) {
  big1['key' + i] = { value: i, list: [i, i + 1] };
  big2['key' + i] = { value: i === 20 ? 'changed' : i, list: [i, i + 1] };
}
check(() => assert.deepStrictEqual(big1, big2));
check(() => assert.deepStrictEqual({ a: [1, 2, 3], b: 'text', c: null }, { a: [1, 2], b: 'text', c: undefined }));
check(() => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 2 }, { c: 3 }]));
check(() => assert.deepStrictEqual());
