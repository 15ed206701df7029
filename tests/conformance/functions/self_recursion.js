// A function declaration that calls itself by name calls the closure that is running: one
// per activation of the enclosing scope, each with its own captured state.
function makeCounter(label) {
  let calls = 0;
  function count(n) {
    calls++;
    return n <= 0 ? label + ":" + calls : count(n - 1);
  }
  return count;
}
const a = makeCounter("a");
const b = makeCounter("b");
console.log(a(3), b(1), a(0), b(2));

// Called through an alias, a method, call/apply/bind and `new`.
function depth(n) {
  return n === 0 ? (this === undefined || this === globalThis ? "plain" : typeof this) : depth(n - 1);
}
const alias = depth;
const holder = { depth };
console.log(alias(2), holder.depth(2), depth.call({}, 2), depth.apply(null, [1]), depth.bind(5)(0));

function Node(n) {
  this.n = n;
  this.next = n > 0 ? new Node(n - 1) : null;
  this.sum = n + (n > 0 ? Node.prototype.total(this.next) : 0);
}
Node.prototype.total = function total(node) {
  return node === null ? 0 : node.n + total(node.next);
};
console.log(new Node(4).sum);

// Block-level declarations and recursion from nested functions.
{
  function fact(n) {
    return n <= 1 ? 1 : n * fact(n - 1);
  }
  console.log(fact(10), [1, 2, 3].map((x) => fact(x)).join());
}
function fib(n) {
  const inner = (k) => (k < 2 ? k : fib(k - 1) + fib(k - 2));
  return inner(n);
}
console.log(fib(15));

// The stack of a deep self-recursion is a RangeError, caught.
function forever(n) {
  return forever(n + 1) + 1;
}
try {
  forever(0);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
