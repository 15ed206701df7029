// An interval repeats until it clears itself; `this` is the Timeout; clearing from outside and
// intervals with extra arguments.
let n = 0;
const interval = setInterval(function (a, b) {
  n++;
  console.log('tick', n, a, b, this === interval);
  if (n === 4) {
    clearInterval(this);
    console.log('cleared itself');
  }
}, 5, 'A', 'B');
let m = 0;
const other = setInterval(() => {
  m++;
}, 12);
setTimeout(() => { clearInterval(other); console.log('other cleared after', m > 0 ? 'some ticks' : 'no ticks'); }, 100);
const once = setInterval(() => { console.log('cleared by a tick before it runs'); }, 1);
process.nextTick(() => clearInterval(once));
