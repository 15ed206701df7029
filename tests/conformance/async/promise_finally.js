// finally passes values and reasons through, waits for a returned promise, and replaces the
// outcome only when its callback throws or returns a rejected promise.
const show = (label) => [(v) => console.log(label, 'fulfilled', v), (e) => console.log(label, 'rejected', e instanceof Error ? e.message : e)];
Promise.resolve('value').finally(() => 'ignored').then(...show('pass value'));
Promise.reject('reason').finally(() => 'ignored').then(...show('pass reason'));
Promise.resolve('value').finally(() => { throw new Error('thrown in finally'); }).then(...show('throw replaces'));
Promise.reject('reason').finally(() => Promise.reject('rejected in finally')).then(...show('rejection replaces'));
Promise.resolve('waited').finally(() => new Promise((r) => setTimeout(() => { console.log('finally promise settles'); r('x'); }, 5))).then(...show('waits'));
Promise.resolve('no callback').finally().then(...show('undefined callback'));
Promise.resolve('not callable').finally(42).then(...show('number callback'));
Promise.resolve(1).finally(function () { console.log('finally args', arguments.length); });
const thenable = { then(onFulfilled, onRejected) { console.log('then called with', typeof onFulfilled, typeof onRejected, onFulfilled.length, onRejected.length); } };
Promise.prototype.finally.call(thenable, () => {});
Promise.prototype.finally.call(thenable, 'x');
console.log(Promise.prototype.finally.length, Promise.prototype.finally.name);
