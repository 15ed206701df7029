// assert, ok, equal, notEqual, strictEqual, notStrictEqual: passing calls, failing calls with
// generated and custom messages (strings and Error objects), and the AssertionError fields.
const assert = require('assert');
function check(f) {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(`${e.name} [${e.code}] generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(JSON.stringify(e.message));
    if (e.code === 'ERR_ASSERTION') {
      console.log('  actual:', e.actual, 'expected:', e.expected);
    }
  }
}
check(() => assert(true));
check(() => assert.ok(1, 'never'));
check(() => assert(0, 'custom message'));
check(() => assert.ok(null, new TypeError('thrown as is')));
check(() => assert.ok());
check(() => assert.equal(1, '1'));
check(() => assert.equal(NaN, NaN));
check(() => assert.equal(null, undefined));
check(() => assert.equal(1, 2));
check(() => assert.equal({ a: 1 }, { a: 1 }));
check(() => assert.equal('x', 'y', 'they differ'));
check(() => assert.equal(1));
check(() => assert.notEqual(1, 2));
check(() => assert.notEqual(1, '1'));
check(() => assert.notEqual(NaN, NaN));
check(() => assert.notEqual('a', 'a', new RangeError('custom error')));
check(() => assert.strictEqual(1, 1));
check(() => assert.strictEqual(NaN, NaN));
check(() => assert.strictEqual(0, -0));
check(() => assert.strictEqual(1, '1'));
check(() => assert.strictEqual(1, 2));
check(() => assert.strictEqual('a much longer string value', 'a much longer string velue'));
check(() => assert.strictEqual('short', 'string'));
check(() => assert.strictEqual(true, false));
check(() => assert.strictEqual(null, undefined));
check(() => assert.strictEqual({ a: 1 }, { a: 1 }));
check(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
check(() => assert.strictEqual(function f() {}, function f() {}));
check(() => assert.strictEqual('multi\nline\ntext', 'multi\nline\ntexts'));
check(() => assert.strictEqual(1, 2, 'numbers differ'));
check(() => assert.strictEqual(Symbol.for('a'), Symbol.for('b')));
check(() => assert.strictEqual());
check(() => assert.notStrictEqual(1, 2));
check(() => assert.notStrictEqual(1, 1));
check(() => assert.notStrictEqual('a long string here', 'a long string here'));
check(() => assert.notStrictEqual(NaN, NaN));
const shared = { a: [1, 2] };
check(() => assert.notStrictEqual(shared, shared));
check(() => assert.notStrictEqual(assert, assert));
check(() => assert.notStrictEqual(1, 1, 'should differ'));
