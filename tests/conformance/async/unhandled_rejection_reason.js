// A non-error rejection reason is wrapped in an UnhandledPromiseRejection error, which an
// uncaughtException listener sees with origin 'unhandledRejection'.
process.on('uncaughtException', (error, origin) => {
  console.log(origin, error.name, error.code);
  console.log(error.message);
});
Promise.reject('plain string');
Promise.reject({ an: 'object' });
Promise.reject(42);
const errorLike = { stack: 'fake stack', message: 'error-like objects are passed as they are' };
Promise.reject(errorLike);
process.on('exit', (code) => console.log('exit', code));
