// An exception thrown by a nextTick callback is fatal without a listener: exit code 1, the
// exit event sees code 1.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new RangeError('thrown in a tick'); });
process.nextTick(() => console.log('tick 3 must not run'));
Promise.resolve().then(() => console.log('microtask must not run'));
console.log('main done');
