// A rejection nobody handles by the end of the microtask drain ends the process with code 1;
// ticks and microtasks queued before still run, timers do not.
Promise.reject(new Error('nobody handles this'));
process.nextTick(() => console.log('tick runs first'));
Promise.resolve().then(() => console.log('microtask runs first'));
setTimeout(() => console.log('timer must not run'), 0);
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
