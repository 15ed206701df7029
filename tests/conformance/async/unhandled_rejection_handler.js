// process.on('unhandledRejection') suppresses the crash; a rejection handled in the same
// drain is not reported; one handled later emits 'rejectionHandled'.
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  seen.push(promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', seen.indexOf(promise)));
const handledLater = Promise.reject('handled later');
const handledInTime = Promise.reject('handled in time');
Promise.resolve().then(() => handledInTime.catch(() => console.log('caught in time')));
Promise.reject(new Error('never handled'));
Promise.resolve().then(() => { throw new Error('thrown in a then'); });
setTimeout(() => {
  console.log('timer');
  handledLater.catch((r) => console.log('caught late:', r));
}, 10);
new Promise((_, reject) => setTimeout(() => reject('rejected in a timer'), 20));
process.on('exit', (code) => console.log('exit', code));
