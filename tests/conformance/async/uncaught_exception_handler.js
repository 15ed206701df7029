// process.on('uncaughtException') keeps the process alive: errors from the main module, ticks,
// timers, immediates and microtasks reach it with origin 'uncaughtException'.
process.on('uncaughtException', (error, origin) => console.log('caught', error.message, origin));
setTimeout(() => { console.log('timer 1'); throw new Error('from timer 1'); }, 10);
setTimeout(() => console.log('timer 2 still runs'), 10);
setTimeout(() => {
  setImmediate(() => { console.log('immediate 1'); throw new Error('from immediate 1'); });
  setImmediate(() => console.log('immediate 2 still runs'));
}, 30);
setTimeout(() => {
  queueMicrotask(() => { throw new Error('from a microtask'); });
  queueMicrotask(() => console.log('next microtask still runs'));
}, 50);
setTimeout(() => {
  process.nextTick(() => { throw new Error('from a tick'); });
}, 70);
setTimeout(() => console.log('last timer'), 90);
process.on('exit', (code) => console.log('exit', code));
throw new Error('from the main module');
