// An exception thrown by a queueMicrotask callback is uncaught: without a listener the process
// ends with code 1 and later microtasks do not run.
queueMicrotask(() => console.log('first microtask'));
queueMicrotask(() => { throw new TypeError('thrown in a microtask'); });
queueMicrotask(() => console.log('must not run'));
setTimeout(() => console.log('timer must not run'), 0);
console.log('main done');
