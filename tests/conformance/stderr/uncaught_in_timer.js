// An error thrown by a timer's callback: node's arrow, then the frame named after the timer.
function fail(what) {
  throw new TypeError(`cannot ${what}`);
}
setTimeout(function retry() {
  fail('retry');
}, 1);
