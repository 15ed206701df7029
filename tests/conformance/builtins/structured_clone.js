// structuredClone: the cloneable types, identity and cycles, what is dropped, transfer, and
// the DataCloneError cases with V8's messages.
const show = (value) => console.log(value);
show(structuredClone([undefined, null, true, -0, NaN, 1.5, 10n, 'text', '']));
show(structuredClone({ a: 1, nested: { b: [1, 2, { c: 3 }] } }));
show(structuredClone([Object(false), Object(-0), Object('str'), Object(5n)]));
show(structuredClone(new Date(86400000)));
show(structuredClone(new Date(NaN)).getTime());
const regexp = /a+b/gimsuy;
regexp.lastIndex = 4;
const clonedRegExp = structuredClone(regexp);
show([clonedRegExp, clonedRegExp.lastIndex, clonedRegExp === regexp]);
show(structuredClone(new Map([[{ k: 1 }, new Set([1, 'a'])], ['x', [1]]])));
show(structuredClone(new Set([new Map(), 1, 1, 'x'])));

// Cycles and shared references.
const node = { name: 'root' };
node.self = node;
node.list = [node, { shared: true }];
node.again = node.list[1];
const copy = structuredClone(node);
show([copy !== node, copy.self === copy, copy.list[0] === copy, copy.again === copy.list[1]]);
const map = new Map();
map.set(map, map);
const mapCopy = structuredClone(map);
show(mapCopy.get(mapCopy) === mapCopy);

// What is kept and what is dropped.
class Point {
  constructor() {
    this.x = 1;
  }
  get y() {
    return 2;
  }
}
const point = structuredClone(new Point());
show([point, Object.getPrototypeOf(point) === Object.prototype]);
const getters = { get computed() { return 'ran'; }, [Symbol('hidden')]: 1 };
Object.defineProperty(getters, 'nonEnumerable', { value: 1, enumerable: false });
show(structuredClone(getters));
const sparse = [1, , 3];
sparse.extra = 'kept';
show(structuredClone(sparse));
show(structuredClone(Object.assign([], { 5: 'five' })).length);
show(structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));
const wrapperWithProps = new String('ab');
wrapperWithProps.extra = 1;
show(structuredClone(wrapperWithProps));
class MyMap extends Map {}
show(structuredClone(new MyMap([[1, 2]])) instanceof MyMap);
show(structuredClone(Math));

// Errors.
const error = new RangeError('bad range', { cause: { why: 1 } });
error.extra = 'dropped';
const errorCopy = structuredClone(error);
show([errorCopy instanceof RangeError, errorCopy.name, errorCopy.message, errorCopy.cause, errorCopy.extra, errorCopy.stack === error.stack]);
show(Object.getOwnPropertyNames(errorCopy));
class MyError extends TypeError {}
const mine = structuredClone(new MyError('m'));
show([mine.constructor.name, mine instanceof MyError]);
const renamed = new Error('r');
renamed.name = 'SyntaxError';
show(structuredClone(renamed) instanceof SyntaxError);
const unknown = new Error('u');
unknown.name = 'Custom';
show([structuredClone(unknown).constructor.name, structuredClone(unknown).name]);
show(Object.getOwnPropertyNames(structuredClone(new Error())));
const numericMessage = new Error('x');
numericMessage.message = 5;
show(typeof structuredClone(numericMessage).message);
for (const Kind of [EvalError, ReferenceError, URIError, AggregateError]) {
  const made = Kind === AggregateError ? new Kind([], 'agg') : new Kind('k');
  show(structuredClone(made).constructor.name);
}

// Binary data.
const bytes = new Uint8Array([1, 2, 3, 4]);
const bytesCopy = structuredClone(bytes);
bytesCopy[0] = 9;
show([bytes[0], bytesCopy]);
const buffer = new ArrayBuffer(8);
const views = structuredClone([new Uint8Array(buffer, 0, 4), new Uint16Array(buffer, 4, 2), new DataView(buffer, 2, 3)]);
show([views[0].buffer === views[1].buffer, views[1].buffer === views[2].buffer, views[2].byteOffset, views[2].byteLength, views[1].byteOffset]);
show(structuredClone(new Float64Array([1.5, -0])));
show(structuredClone(new BigInt64Array([5n])));
show(structuredClone(Buffer.from('hi')));
show(structuredClone(new ArrayBuffer(3)).byteLength);

// transfer
const moving = new ArrayBuffer(4);
new Uint8Array(moving).set([7, 8, 9, 10]);
const movingView = new Uint8Array(moving);
const moved = structuredClone({ buffer: moving, view: movingView }, { transfer: [moving] });
show([moving.byteLength, movingView.length, moved.buffer.byteLength, moved.view, moved.view.buffer === moved.buffer]);
show(structuredClone(1, { transfer: [] }));
show(structuredClone(2, { transfer: new Set() }));
show(structuredClone(3, { transfer: undefined }));
show(structuredClone(4, null));
show(structuredClone(5, {}));
const detached = new ArrayBuffer(2);
structuredClone(detached, { transfer: [detached] });
show(structuredClone(detached, { transfer: [detached] }).byteLength);

// Errors for what cannot be cloned.
const failures = [
  () => structuredClone(),
  () => structuredClone(1, 1),
  () => structuredClone(1, 'x'),
  () => structuredClone(1, { transfer: 1 }),
  () => structuredClone(1, { transfer: 'ab' }),
  () => structuredClone(1, { transfer: [1] }),
  () => structuredClone(1, { transfer: [{}] }),
  () => structuredClone(1, { transfer: [new Uint8Array(1)] }),
  () => {
    const twice = new ArrayBuffer(1);
    structuredClone(1, { transfer: [twice, twice] });
  },
  () => structuredClone(detached),
  () => structuredClone(Symbol('x')),
  () => structuredClone({ a: Symbol() }),
  () => structuredClone(Object(Symbol('s'))),
  () => structuredClone(new WeakMap()),
  () => structuredClone(new WeakSet()),
  () => structuredClone(new WeakRef({})),
  () => structuredClone(Promise.resolve()),
  () => structuredClone(new Map().keys()),
  () => structuredClone((function* gen() {})()),
  () => structuredClone((function () { return arguments; })()),
  () => structuredClone(globalThis),
  () => structuredClone({ get boom() { throw new Error('getter threw'); } }),
];
for (const failure of failures) {
  try {
    failure();
    console.log('no error');
  } catch (e) {
    console.log(Object.prototype.toString.call(e), e.name, e.code, e.message, e instanceof DOMException);
  }
}
console.log(typeof structuredClone, structuredClone.name, structuredClone.length, Object.keys(globalThis).includes('structuredClone'));
