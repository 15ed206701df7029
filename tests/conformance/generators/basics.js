// Generator objects: next() results, arguments sent in, completion, and the shape of the
// generator function and its prototype objects.
function* count(n) {
  for (let i = 0; i < n; i++) {
    const got = yield i;
    if (got !== undefined) console.log("sent", got);
  }
  return "end";
}
const it = count(3);
console.log(it.next("ignored before start"));
console.log(it.next("a"));
console.log(it.next());
console.log(it.next("b"));
console.log(it.next());
console.log(it.next());

// arguments, this and closures survive across yields
function* args() {
  yield arguments.length;
  yield arguments[1];
  yield typeof this;
}
console.log([...args.call({}, "x", "y")]);
function* closures() {
  let k = 0;
  const inc = () => ++k;
  yield inc();
  yield inc();
  yield k;
}
console.log([...closures()]);

// a generator is its own iterator
const g = count(1);
console.log(g[Symbol.iterator]() === g);
console.log(Object.prototype.toString.call(g), String(g));
console.log(g, count);
console.log(typeof count, typeof count.prototype, Object.getOwnPropertyNames(count.prototype));
console.log(Object.getOwnPropertyNames(function* () {}));
const desc = Object.getOwnPropertyDescriptor(count, "prototype");
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Object.getPrototypeOf(g) === count.prototype);

// generator functions are not constructors
try {
  new count(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// methods, computed and static generator methods
const obj = {
  x: 42,
  *gen() {
    yield this.x;
    yield this.x + 1;
  },
};
console.log([...obj.gen()]);
class Bag {
  constructor(items) {
    this.items = items;
  }
  *[Symbol.iterator]() {
    for (const item of this.items) yield item;
  }
  static *range(a, b) {
    while (a < b) yield a++;
  }
}
console.log([...new Bag(["p", "q"])], [...Bag.range(3, 6)]);

// reentrancy
function* selfish() {
  yield me.next();
}
const me = selfish();
try {
  me.next();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(me.next());
