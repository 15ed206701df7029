// util.promisify (callbacks, errors, `this`, util.promisify.custom, copied properties) and
// util.callbackify (results, rejections, falsy rejections, validation).
const util = require('util');
function attempt(f) {
  try {
    return f();
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

function addLater(a, b, cb) {
  setTimeout(() => cb(null, a + b), 1);
}
addLater.extra = 'copied';
function failLater(cb) {
  setTimeout(() => cb(new Error('failed later')), 1);
}
function multi(cb) {
  cb(null, 'first', 'second');
}
const receiver = {
  base: 10,
  add(n, cb) {
    cb(null, this.base + n);
  },
};
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom result');

async function main() {
  const add = util.promisify(addLater);
  console.log(add.name, add.length, add.extra, typeof add, util.promisify(add) === add);
  console.log(await add(2, 3));
  try {
    await util.promisify(failLater)();
  } catch (e) {
    console.log('rejected:', e.message);
  }
  console.log(await util.promisify(multi)());
  receiver.addAsync = util.promisify(receiver.add);
  console.log(await receiver.addAsync(5));
  const custom = util.promisify(withCustom);
  console.log(custom === withCustom[util.promisify.custom], await custom());
  console.log(String(util.promisify.custom), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const sleep = util.promisify(setTimeout);
  console.log(typeof sleep);
  attempt(() => util.promisify(5));
  attempt(() => util.promisify());
  const badCustom = function() {};
  badCustom[util.promisify.custom] = 'not a function';
  attempt(() => util.promisify(badCustom));

  async function asyncDouble(n) {
    return n * 2;
  }
  const cbDouble = util.callbackify(asyncDouble);
  console.log(cbDouble.name, cbDouble.length);
  await new Promise((resolve) => cbDouble(21, (err, value) => {
    console.log('callbackified', err, value);
    resolve();
  }));
  async function asyncFail() {
    throw new TypeError('async failure');
  }
  await new Promise((resolve) => util.callbackify(asyncFail)((err) => {
    console.log('error', err.name, err.message);
    resolve();
  }));
  for (const falsy of [null, 0, '', undefined, false]) {
    await new Promise((resolve) => util.callbackify(() => Promise.reject(falsy))((err) => {
      console.log('falsy', JSON.stringify(falsy), err.code, err.message, err.reason === falsy, Object.keys(err));
      resolve();
    }));
  }
  const method = {
    value: 7,
    get: util.callbackify(async function() {
      return this.value;
    }),
  };
  await new Promise((resolve) => method.get((err, value) => {
    console.log('this kept', value);
    resolve();
  }));
  attempt(() => util.callbackify('x'));
  attempt(() => cbDouble(1));
  attempt(() => cbDouble(1, 'not a callback'));
}
main();
