// Type annotations, interfaces, aliases, generics, overloads, assertions and `declare` are erased.

function first(items, fallback) {
  return items.length > 0 ? items[0] : fallback;
}

function describe(value) {
  return typeof value + ':' + String(value);
}

const isString = (value) => typeof value === 'string';

function assertNumber(value) {
  if (typeof value !== 'number') throw new TypeError('not a number: ' + String(value));
}

class Box {
  value;
  created = 1;
  static count = 0;
  label;
  constructor(value) {
    this.value = value;
    Box.count++;
  }
  get() { return this.value; }
  map(f) { return new Box(f(this.value)); }
}

const pair = ['a', 1];
const named = { name: 'kiln', greet(greeting) { return greeting + ', ' + this.name; } };
const counter = { count: 3, extra: true };
const mapped = { a: 'x' };
const identity = (x) => x;
const makeStringBox = Box;
const box = new Box(20).map((n) => 'n=' + n);

console.log(first([1, 2, 3]), first([], 'none'), describe('x'), describe(4));
console.log(isString('s'), isString(1), named.greet('hello'), counter.count, mapped.a);
console.log(pair, identity(7), box.get(), Box.count, new makeStringBox('s').get());
console.log('tag' in box, 'label' in box, Object.keys(box).join(','));

const config = { port: 8080, host: 'localhost' };
const port = config.port;
const maybe = Math.random() > 2 ? null : { deep: { value: 5 } };
const element = 'asserted';
let late;
late = 9;
console.log(port, config.host.length, maybe?.deep.value, maybe.deep?.value, element.toUpperCase(), late);

try {
  assertNumber(12);
  console.log('12 is a number');
  assertNumber('twelve');
} catch (e) {
  const error = e;
  console.log(error.name + ': ' + error.message);
}

let union = null;
union ??= 'set';
const tuple = [1, 'a', 'b'];
const [head, ...rest] = tuple;
const { a: renamed = 0, ...others } = { b: 2, c: 3 };
console.log(union, head, rest, renamed, others);
const sym = Symbol('s');
console.log(typeof sym, typeof hostValue, typeof hostFunction);
