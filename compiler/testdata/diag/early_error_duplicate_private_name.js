// A class body may not declare a private name twice (a getter and a setter pair excepted):
// an early error, so nothing of the file runs.
console.log('not printed');
class Counter {
  get #count() { return 0; }
  set #count(value) {}
  #count() {}
}
