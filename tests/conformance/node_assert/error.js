// AssertionError: construction, own properties and their order, name/code/toString, how it
// prints (custom inspect shortening long strings), validation; assert.strict and assert/strict;
// the module's keys.
const assert = require('assert');
const strict = require('assert/strict');
const { AssertionError } = assert;
console.log(Object.keys(assert).join(' '));
console.log(strict === assert.strict, strict.strict === strict, require('node:assert/strict') === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual);
console.log(assert.name, strict.name, AssertionError.name, typeof assert.CallTracker);
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e), e.name, e.code, e.generatedMessage, e instanceof Error);
console.log(String(e));
delete e.stack;
console.log(e);
console.log(Object.getOwnPropertyNames(e));
const custom = new AssertionError({ message: 'custom', actual: 'line\n'.repeat(20), expected: 'x'.repeat(600) });
delete custom.stack;
console.log(custom);
console.log(custom.actual.length, custom.expected.length);
const loose = new AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' });
console.log(loose.message);
const other = new AssertionError({ actual: 'a', expected: 'b', operator: '<' });
console.log(JSON.stringify(other.message));
try {
  new AssertionError();
} catch (err) {
  console.log(`${err.name} [${err.code}]: ${err.message}`);
}
try {
  new AssertionError('text');
} catch (err) {
  console.log(`${err.name} [${err.code}]: ${err.message}`);
}
try {
  strict.equal(1, '1');
} catch (err) {
  console.log(err.operator, JSON.stringify(err.message));
}
try {
  strict.deepEqual({ a: 1 }, { a: '1' });
} catch (err) {
  console.log(err.operator, err.message);
}
try {
  strict(false, 'strict ok');
} catch (err) {
  console.log(err.operator, err.message);
}
