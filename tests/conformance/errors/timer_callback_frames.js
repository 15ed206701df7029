// node calls timer and immediate callbacks as methods (`timer._onTimeout()`), so V8 names
// their frames `Timeout._onTimeout`, `Timeout.tick [as _onTimeout]`, `Immediate._onImmediate`;
// frames they call keep their own names, and a deep stack is still cut at the limit.
function frames(error) {
  return error.stack
    .split('\n')
    .slice(1)
    .filter((line) => !line.includes('node:internal'))
    .map((line) => line.replace(__dirname, '<dir>'));
}
function helper() {
  return new Error('from helper');
}
function recurse(n) {
  return n === 0 ? new Error('deep') : recurse(n - 1);
}
setTimeout(() => {
  console.log('anonymous timeout', frames(new Error('x')));
  setTimeout(function tick() {
    console.log('named timeout', frames(helper()));
    setImmediate(() => {
      console.log('anonymous immediate', frames(new Error('y')));
      setImmediate(function _onImmediate() {
        console.log('named like the method', frames(new Error('z')));
        const interval = setInterval(function poll() {
          clearInterval(interval);
          console.log('interval', frames(new Error('w')));
          console.log('deep', frames(recurse(20)).length);
        }, 1);
      });
    });
  }, 1);
}, 1);
