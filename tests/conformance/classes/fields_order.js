// Field initialisers run in order, after super() returns, with `this` bound.
const log = [];
class A {
  a = log.push('A.a');
  constructor() { log.push('A.ctor'); }
}
class B extends A {
  b = log.push('B.b:' + this.a);
  static s = log.push('B.static');
  constructor() {
    log.push('B.before');
    super();
    log.push('B.after:' + this.b);
  }
}
new B();
console.log(log.join(' | '));
