// console.log shows a promise's state and value like node's util.inspect.
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const rejected = Promise.reject('no');
rejected.catch(() => {});
console.log(rejected);
console.log(Promise.resolve({ a: 1, b: [1, 2] }), [Promise.resolve('in array')]);
const withKey = Promise.resolve(2);
withKey.extra = true;
console.log(withKey);
console.log({ nested: { deeper: { p: Promise.resolve(3) } } });
const e = new Error('reason');
delete e.stack;
const rejectedError = Promise.reject(e);
rejectedError.catch(() => {});
console.log(rejectedError);
class Sub extends Promise {}
console.log(Sub.resolve('sub'));
