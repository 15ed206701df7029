let counter = 0;
const key = () => `k${++counter}`;
const sym = Symbol('field');
class A {
  [key()] = 1;
  [sym] = 'symbol field';
  ['plain' + 'Name'] = counter;
  static [key()] = 'static';
  [key()] = function () { return 'fn'; }.call(null);
  method() { return 'm'; }
}
const a = new A();
const b = new A();
console.log(a, Object.keys(b), counter, A.k2);
console.log(a[sym], typeof a.k3, a.k3);
class B extends A { [`${'sub'}Field`] = this.k1 + 1; }
console.log(new B());
const log = [];
class Order { [(log.push('a'), 'a')] = log.push('init a'); [(log.push('b'), 'b')] = 2; static [(log.push('s'), 's')] = 3; }
log.push('defined');
new Order();
console.log(log.join(','));
