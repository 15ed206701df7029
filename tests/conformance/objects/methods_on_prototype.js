// Methods added to a prototype after objects exist are visible to them.
function Counter() {
  this.n = 0;
}
const c1 = new Counter();
Counter.prototype.inc = function () {
  this.n++;
  return this;
};
const c2 = new Counter();
c1.inc().inc();
c2.inc();
console.log(c1.n, c2.n, c1.inc === c2.inc);
c1.inc = function () {
  return "own";
};
console.log(c1.inc(), c2.inc().n);
