// DataView: every get/set method in both byte orders, argument coercions and their order,
// bounds and receiver errors with V8's messages, and how views are printed.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
console.log(Object.getOwnPropertyNames(DataView.prototype).filter((name) => !name.includes('Big')));
console.log(DataView.length, DataView.prototype.getInt8.length, DataView.prototype.setFloat64.length, DataView.prototype[Symbol.toStringTag]);
const buffer = new ArrayBuffer(16);
const view = new DataView(buffer);
const bytes = new Uint8Array(buffer);
const cases = [
  ['Int8', -5], ['Uint8', 200], ['Int16', -1234], ['Uint16', 0xabcd], ['Int32', -123456789],
  ['Uint32', 0xdeadbeef], ['Float32', Math.PI], ['Float64', -Math.E],
];
for (const [type, value] of cases) {
  for (const little of [false, true]) {
    bytes.fill(0);
    view['set' + type](1, value, little);
    const read = view['get' + type](1, little);
    const swapped = view['get' + type](1, !little);
    console.log(type, little, Array.from(bytes.subarray(0, 10)).join(','), read, swapped);
  }
}
view.setUint16(0, 0x1234);
show('default is big-endian', () => [bytes[0], bytes[1], view.getUint16(0), view.getUint16(0, true)]);
show('truthy flag', () => [view.getUint16(0, 'yes'), view.getUint16(0, 0), view.getUint16(0, {})]);
show('conversions', () => {
  view.setInt8(0, 300);
  view.setUint8(1, -1);
  view.setInt16(2, 40000);
  view.setUint32(4, 2 ** 32 + 5);
  view.setFloat32(8, 1e40);
  return [view.getInt8(0), view.getUint8(1), view.getInt16(2), view.getUint32(4), view.getFloat32(8)];
});
show('float32 rounding', () => {
  view.setFloat32(0, 1.0000001);
  return [view.getFloat32(0), Math.fround(1.0000001)];
});
show('negative zero', () => {
  view.setFloat64(0, -0);
  return [Object.is(view.getFloat64(0), -0), bytes[0]];
});
show('NaN bytes', () => {
  view.setFloat64(0, NaN);
  view.setFloat32(8, NaN);
  return Array.from(bytes.subarray(0, 12)).join(',');
});
show('reads any NaN', () => {
  bytes.set([0xff, 0xf8, 1, 2, 3, 4, 5, 6]);
  return [view.getFloat64(0), view.getFloat32(0)];
});
show('no arguments', () => [view.getInt8(), view.setInt8(), view.getInt8(0)]);
show('string offset', () => view.getUint8('2'));
show('offset past end', () => view.getInt8(16));
show('wide read past end', () => view.getInt32(13));
show('negative offset', () => view.getInt8(-1));
show('infinite offset', () => view.getInt8(Infinity));
show('huge offset', () => view.getInt8(2 ** 53));
show('coercion order', () => {
  const order = [];
  try {
    view.setFloat64({ valueOf() { order.push('index'); return 12; } }, { valueOf() { order.push('value'); return 1; } }, { valueOf() { order.push('flag'); return 1; } });
  } catch (e) {
    order.push(e.name);
  }
  try {
    view.setFloat64(-1, { valueOf() { order.push('not reached'); return 1; } });
  } catch (e) {
    order.push(e.name);
  }
  return order;
});
show('setter result', () => view.setInt32(0, 1));
show('wrong receiver', () => DataView.prototype.getInt8.call({}, 0));
show('typed array receiver', () => DataView.prototype.setFloat64.call(new Uint8Array(8), 0, 1));
show('buffer getter receiver', () => Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get.call(1));
show('byteLength getter receiver', () => Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get.call({}));
show('byteOffset getter receiver', () => Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get.call([]));

show('offset view', () => {
  const offset = new DataView(buffer, 4, 8);
  offset.setUint8(0, 77);
  return [offset.byteOffset, offset.byteLength, bytes[4], offset.buffer === buffer];
});
show('default length', () => new DataView(buffer, 3).byteLength);
show('offset at end', () => new DataView(buffer, 16).byteLength);
show('offset past end', () => new DataView(buffer, 17));
show('length past end', () => new DataView(buffer, 2, 15));
show('negative length', () => new DataView(buffer, 2, -1));
show('negative offset', () => new DataView(buffer, -1));
show('not a buffer', () => new DataView(new Uint8Array(4)));
show('no buffer', () => new DataView());
show('call', () => DataView(buffer));
show('shared buffer', () => new DataView(new SharedArrayBuffer(2)));
class Sub extends DataView {}
show('subclass', () => new Sub(new ArrayBuffer(2), 1));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log([new DataView(new ArrayBuffer(2))]);
const tagged = new DataView(new ArrayBuffer(1));
tagged.note = 'x';
console.log(tagged, Object.prototype.toString.call(tagged));
