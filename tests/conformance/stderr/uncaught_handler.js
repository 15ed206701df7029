// An uncaughtException listener gets the error and nothing is printed; a throw inside the
// listener prints the listener's throw and exits with 7.
process.on('uncaughtException', (error, origin) => {
  console.log('handled', error.message, origin);
  throw ['listener', 'failed'];
});
null.first;
