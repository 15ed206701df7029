// With only unref'ed handles the process exits right after the main module.
setTimeout(() => console.log('must not run'), 100).unref();
setInterval(() => console.log('must not run either'), 50).unref();
setImmediate(() => console.log('must not run: unref immediate')).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
console.log('main done');
