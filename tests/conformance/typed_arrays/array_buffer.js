// ArrayBuffer and SharedArrayBuffer: construction, byteLength, slice (with species), isView,
// resizable buffers (maxByteLength, resizable, resize) and growable shared buffers.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
console.log(Object.getOwnPropertyNames(ArrayBuffer.prototype), Object.getOwnPropertyNames(ArrayBuffer));
console.log(Object.getOwnPropertyNames(SharedArrayBuffer.prototype), Object.getOwnPropertyNames(SharedArrayBuffer));
console.log(ArrayBuffer.length, SharedArrayBuffer.length, ArrayBuffer.prototype.slice.length, ArrayBuffer.prototype.resize.length);
console.log(Object.prototype.toString.call(new ArrayBuffer(1)), String(new SharedArrayBuffer(1)), ArrayBuffer[Symbol.species] === ArrayBuffer);
show('lengths', () => [new ArrayBuffer(0).byteLength, new ArrayBuffer(5).byteLength, new ArrayBuffer(1.9).byteLength, new ArrayBuffer('3').byteLength, new ArrayBuffer().byteLength, new ArrayBuffer(-0.5).byteLength]);
show('negative', () => new ArrayBuffer(-1));
show('too large', () => new ArrayBuffer(2 ** 53));
show('infinite', () => new ArrayBuffer(Infinity));
show('call', () => ArrayBuffer(1));
show('shared call', () => SharedArrayBuffer(1));
show('shared negative', () => new SharedArrayBuffer(-1));
show('isView', () => [ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView(new ArrayBuffer(1)), ArrayBuffer.isView([]), ArrayBuffer.isView()]);

const source = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
show('slice', () => new Uint8Array(source.slice(2, 5)));
show('slice negative', () => new Uint8Array(source.slice(-3, -1)));
show('slice reversed', () => source.slice(5, 2).byteLength);
show('slice default', () => source.slice().byteLength);
show('slice is a copy', () => {
  const copy = source.slice(0, 2);
  new Uint8Array(copy)[0] = 99;
  return [new Uint8Array(source)[0], new Uint8Array(copy)[0]];
});
show('slice wrong receiver', () => ArrayBuffer.prototype.slice.call({}));
show('slice shared receiver', () => ArrayBuffer.prototype.slice.call(new SharedArrayBuffer(2)));
show('byteLength wrong receiver', () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new SharedArrayBuffer(1)));
show('shared byteLength wrong receiver', () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(1)));

class MyBuffer extends ArrayBuffer {}
const mine = new MyBuffer(4);
show('subclass', () => [mine instanceof ArrayBuffer, mine.slice(1).constructor.name, mine.byteLength]);
const custom = new ArrayBuffer(4);
custom.constructor = { [Symbol.species]: function (n) { return new ArrayBuffer(n + 2); } };
show('species larger', () => custom.slice(0, 2).byteLength);
custom.constructor = { [Symbol.species]: function () { return new ArrayBuffer(1); } };
show('species too small', () => custom.slice(0, 2));
custom.constructor = { [Symbol.species]: function () { return custom; } };
show('species returns this', () => custom.slice(0, 2));
custom.constructor = { [Symbol.species]: function () { return {}; } };
show('species not a buffer', () => custom.slice(0, 2));
custom.constructor = { [Symbol.species]: function () { return new SharedArrayBuffer(4); } };
show('species shared', () => custom.slice(0, 2));

const resizable = new ArrayBuffer(4, { maxByteLength: 8 });
show('resizable', () => [resizable.resizable, resizable.maxByteLength, resizable.byteLength, new ArrayBuffer(4).resizable, new ArrayBuffer(4).maxByteLength]);
new Uint8Array(resizable).set([1, 2, 3, 4]);
resizable.resize(6);
show('grown', () => [resizable.byteLength, new Uint8Array(resizable)]);
resizable.resize(2);
resizable.resize(5);
show('shrunk and grown', () => new Uint8Array(resizable));
show('resize fraction', () => {
  resizable.resize(3.9);
  return resizable.byteLength;
});
show('resize past max', () => resizable.resize(9));
show('resize negative', () => resizable.resize(-1));
show('resize fixed', () => new ArrayBuffer(4).resize(2));
show('resize wrong receiver', () => ArrayBuffer.prototype.resize.call({}, 1));
show('slice of resizable', () => [resizable.slice(0, 2).resizable, resizable.slice(0, 2).maxByteLength]);
show('options', () => [new ArrayBuffer(3, {}).resizable, new ArrayBuffer(3, { maxByteLength: undefined }).resizable, new ArrayBuffer(3, 5).resizable, new ArrayBuffer(3, { maxByteLength: 3.7 }).maxByteLength]);
show('max below length', () => new ArrayBuffer(10, { maxByteLength: 5 }));
show('negative max', () => new ArrayBuffer(1, { maxByteLength: -1 }));
show('max too large', () => new ArrayBuffer(1, { maxByteLength: 2 ** 33 }));
show('max read once', () => {
  let reads = 0;
  const buffer = new ArrayBuffer(1, { get maxByteLength() { reads++; return 4; } });
  return [reads, buffer.maxByteLength];
});

const growable = new SharedArrayBuffer(2, { maxByteLength: 6 });
show('growable', () => [growable.growable, growable.maxByteLength, growable.byteLength, new SharedArrayBuffer(2).growable]);
growable.grow(5);
show('grown shared', () => [growable.byteLength, new Uint8Array(growable)]);
show('shrink shared', () => growable.grow(3));
show('grow past max', () => growable.grow(7));
show('grow fixed', () => new SharedArrayBuffer(2).grow(3));
show('shared slice', () => {
  const shared = new SharedArrayBuffer(4);
  new Uint8Array(shared).set([1, 2, 3, 4]);
  const part = shared.slice(1, 3);
  return [part instanceof SharedArrayBuffer, new Uint8Array(part)];
});
