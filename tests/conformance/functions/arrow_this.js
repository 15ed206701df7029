// Arrow functions take this from the enclosing function.
const counter = {
  count: 0,
  incrementAll(list) {
    list.forEach((n) => {
      this.count += n;
    });
    return this.count;
  },
  makeGetter() {
    return () => this.count;
  },
};
console.log(counter.incrementAll([1, 2, 3]));
const get = counter.makeGetter();
counter.count = 100;
console.log(get());
function Timer() {
  this.ticks = 0;
  const tick = () => {
    this.ticks++;
  };
  tick();
  tick();
}
console.log(new Timer().ticks);
const other = { count: -1, get: counter.makeGetter };
console.log(other.get()());
