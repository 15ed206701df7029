// throws / doesNotThrow / rejects / doesNotReject with every kind of expectation (class,
// RegExp, validation function, validation object, Error object, message string), match /
// doesNotMatch, ifError and fail.
const assert = require('assert');
function report(e) {
  console.log(`${e.name} [${e.code}] ${e.operator === undefined ? '' : 'op=' + e.operator}`);
  console.log(e.message);
}
function check(f) {
  try {
    f();
    console.log('passed');
  } catch (e) {
    report(e);
  }
}
const thrower = () => {
  throw new TypeError('bad type');
};
check(() => assert.throws(thrower));
check(() => assert.throws(thrower, TypeError));
check(() => assert.throws(thrower, Error));
check(() => assert.throws(thrower, RangeError));
check(() => assert.throws(thrower, /bad/));
check(() => assert.throws(thrower, /good/));
check(() => assert.throws(thrower, (e) => e instanceof TypeError));
check(() => assert.throws(thrower, function validate(e) { return false; }));
check(() => assert.throws(thrower, { name: 'TypeError', message: 'bad type' }));
check(() => assert.throws(thrower, { name: 'TypeError', message: /bad/ }));
check(() => assert.throws(thrower, { message: 'other' }));
check(() => assert.throws(thrower, { code: 'X' }));
check(() => assert.throws(thrower, new TypeError('bad type')));
check(() => assert.throws(thrower, new TypeError('wrong')));
check(() => assert.throws(thrower, {}));
check(() => assert.throws(() => {}));
check(() => assert.throws(() => {}, TypeError));
check(() => assert.throws(() => {}, 'with message'));
check(() => assert.throws(() => {}, TypeError, 'with message'));
check(() => assert.throws(() => { throw 'a string'; }, /string/));
check(() => assert.throws(() => { throw 'a string'; }, 'a string'));
check(() => assert.throws(() => { throw 5; }, { a: 1 }));
check(() => assert.throws(() => { throw new Error('msg'); }, 'msg'));
check(() => assert.throws(thrower, 'x', 'y'));
check(() => assert.throws(thrower, 5));
check(() => assert.throws('not a function'));
class Custom extends Error {}
check(() => assert.throws(() => { throw new Custom('c'); }, Custom));
check(() => assert.throws(() => { throw new Error('plain'); }, Custom));
check(() => assert.doesNotThrow(() => {}));
check(() => assert.doesNotThrow(thrower));
check(() => assert.doesNotThrow(thrower, 'custom text'));
check(() => assert.doesNotThrow(thrower, TypeError));
check(() => assert.doesNotThrow(thrower, RangeError));
check(() => assert.doesNotThrow(thrower, /bad/, 'matched'));
check(() => assert.doesNotThrow(thrower, 5));
check(() => assert.match('abc', /b/));
check(() => assert.match('abc', /x/));
check(() => assert.match(123, /1/));
check(() => assert.match('abc', 'b'));
check(() => assert.match('abc', /x/, 'no x'));
check(() => assert.doesNotMatch('abc', /x/));
check(() => assert.doesNotMatch('abc', /b/));
check(() => assert.doesNotMatch({}, /b/));
check(() => assert.ifError(null));
check(() => assert.ifError(undefined));
check(() => assert.ifError('text error'));
check(() => assert.ifError(0));
check(() => assert.ifError(new Error('wrapped')));
check(() => assert.ifError(new TypeError('')));
check(() => assert.fail());
check(() => assert.fail('just a message'));
check(() => assert.fail(new RangeError('as error')));
check(() => assert.fail(1, 2));
check(() => assert.fail(1, 2, 'three args'));
check(() => assert.fail(1, 2, undefined, '>'));

async function main() {
  const rejecting = () => Promise.reject(new TypeError('rejected'));
  async function attempt(f) {
    try {
      await f();
      console.log('passed');
    } catch (e) {
      report(e);
    }
  }
  await attempt(() => assert.rejects(rejecting));
  await attempt(() => assert.rejects(rejecting, TypeError));
  await attempt(() => assert.rejects(rejecting(), /rejected/));
  await attempt(() => assert.rejects(rejecting, RangeError));
  await attempt(() => assert.rejects(Promise.resolve(1)));
  await attempt(() => assert.rejects(async () => {}, 'nothing happened'));
  await attempt(() => assert.rejects(() => 5));
  await attempt(() => assert.rejects(5));
  await attempt(() => assert.rejects(() => { throw new Error('sync'); }));
  await attempt(() => assert.doesNotReject(Promise.resolve(1)));
  await attempt(() => assert.doesNotReject(rejecting));
  await attempt(() => assert.doesNotReject(rejecting, 'custom'));
  await attempt(() => assert.doesNotReject(rejecting, RangeError));
  console.log(assert.rejects(Promise.reject(new Error('x'))) instanceof Promise);
}
main();
