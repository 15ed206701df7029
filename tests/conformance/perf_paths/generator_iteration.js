'use strict';
// for-of, spread and destructuring over generators resume them without result objects; the
// steps must stay those of calling `next`: state checks, yield* handing inner result objects
// through (with getters), a patched %GeneratorPrototype%.next, throws and early exits.

function* count(n) {
  for (let i = 0; i < n; i++) yield i;
  return 'ret';
}
let sum = 0;
for (const v of count(5)) sum += v;
console.log(sum, [...count(4)], Array.from(count(3)));
const [a, b, ...rest] = count(6);
console.log(a, b, rest);

// A generator already started by hand, then iterated; a finished one iterates nothing.
const started = count(4);
console.log(started.next());
console.log([...started], [...started], started.next());

// Running generator re-entered through iteration.
let self;
function* reenter() {
  yield 1;
  try {
    for (const x of self) console.log('never', x);
  } catch (error) {
    console.log(error.constructor.name, error.message);
  }
  yield 2;
}
self = reenter();
console.log([...self]);

// yield* hands inner result objects through: getters on them run, in order.
const log = [];
const inner = {
  [Symbol.iterator]() { return this; },
  step: 0,
  next() {
    this.step++;
    const step = this.step;
    return {
      get done() { log.push('done' + step); return step > 2; },
      get value() { log.push('value' + step); return step * 10; },
    };
  },
};
function* outer() { yield 'first'; yield* inner; yield 'last'; }
console.log([...outer()], log.join(' '));

// Throws from the body, cleanup on early exit, return values ignored.
function* failing() { yield 1; throw new RangeError('body threw'); }
try {
  for (const v of failing()) console.log('got', v);
} catch (error) {
  console.log(error.name, error.message);
}
function* guarded() {
  try { yield 1; yield 2; } finally { console.log('finally ran'); }
}
for (const v of guarded()) { console.log('first', v); break; }
const g = guarded();
for (const v of g) { console.log('again', v); break; }
console.log(g.next());

// Result objects shaped like the runtime's, made by JS, with a getter shadowing nothing.
const custom = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 3 ? { value: i++, done: false } : { value: 'end', done: true }) };
  },
};
console.log([...custom]);

// A patched next is called (also for generators made before the patch).
const before = count(3);
const GeneratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(before));
const originalNext = GeneratorPrototype.next;
GeneratorPrototype.next = function (...args) {
  const result = originalNext.apply(this, args);
  return { value: result.done ? result.value : result.value * 100, done: result.done };
};
console.log([...before], [...count(2)]);
GeneratorPrototype.next = originalNext;
console.log([...count(2)]);
// An own next on one generator object.
const own = count(3);
own.next = () => ({ done: true, value: 'own' });
console.log([...own]);
