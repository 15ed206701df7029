// Buffer creation: alloc, allocUnsafe, from (strings, arrays, array buffers, objects), concat.
const { Buffer: B, SlowBuffer, kMaxLength, constants } = require('buffer');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.code);
  }
};
console.log(B === Buffer, typeof SlowBuffer, kMaxLength, constants);
t('alloc', () => Buffer.alloc(4));
t('alloc fill num', () => Buffer.alloc(4, 257));
t('alloc fill str', () => Buffer.alloc(7, 'abc'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill b64', () => Buffer.alloc(5, 'AQI=', 'base64'));
t('alloc fill buf', () => Buffer.alloc(5, Buffer.from([9, 8])));
t('alloc fill bad hex', () => Buffer.alloc(5, 'zz', 'hex'));
t('alloc fill empty buf', () => Buffer.alloc(5, Buffer.alloc(0)));
t('alloc fill bad enc', () => Buffer.alloc(5, 'a', 'nope'));
t('alloc fill enc type', () => Buffer.alloc(5, 'a', 5));
t('alloc 0 fill', () => Buffer.alloc(0, 'abc'));
t('alloc -1', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc big', () => Buffer.alloc(2 ** 33));
t('alloc 1.5', () => Buffer.alloc(1.5));
t('allocUnsafe len', () => Buffer.allocUnsafe(10).length);
t('allocUnsafe -', () => Buffer.allocUnsafe(-5));
t('allocUnsafeSlow', () => Buffer.allocUnsafeSlow(3).length);
t('allocUnsafeSlow x', () => Buffer.allocUnsafeSlow('x'));
t('SlowBuffer', () => SlowBuffer(3).length);
t('from str', () => Buffer.from('héllo wörld'));
t('from str enc', () => Buffer.from('68656c6c6f', 'hex'));
t('from str bad enc', () => Buffer.from('abc', 'utf9'));
t('from str enc non-string', () => Buffer.from('abc', 12));
t('from empty', () => Buffer.from(''));
t('from empty bad enc', () => Buffer.from('', 'bad'));
t('from array', () => Buffer.from([1, 2, 3, 256, -1, 1.7, '4', 'x', null]));
t('from array-like', () => Buffer.from({ length: 3, 0: 7, 2: 9 }));
t('from bad length', () => Buffer.from({ length: 'x' }));
t('from typed', () => Buffer.from(new Uint16Array([1, 258, 65535])));
t('from float', () => Buffer.from(new Float64Array([1.5, -2])));
t('from buffer copies', () => {
  const a = Buffer.from('abc');
  const c = Buffer.from(a);
  c[0] = 0x7a;
  return [a.toString(), c.toString()];
});
t('from arraybuffer shares', () => {
  const ab = new ArrayBuffer(8);
  const view = new Uint8Array(ab);
  const buf = Buffer.from(ab, 2, 4);
  view[3] = 42;
  buf[0] = 7;
  return [buf, view[2], buf.byteOffset, buf.length, buf.buffer === ab];
});
t('from arraybuffer offset', () => Buffer.from(new ArrayBuffer(4), 5));
t('from arraybuffer length', () => Buffer.from(new ArrayBuffer(4), 1, 4));
t('from arraybuffer neg len', () => Buffer.from(new ArrayBuffer(4), 1, -3).length);
t('from arraybuffer NaN', () => Buffer.from(new ArrayBuffer(4), 'x').length);
t('from shared', () => Buffer.from(new SharedArrayBuffer(3)));
t('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
t('from json buffer', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hey')))).toString());
t('from valueOf', () => Buffer.from({ valueOf() { return 'str'; } }));
t('from valueOf obj', () => Buffer.from(new String('boxed')));
t('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
t('from number', () => Buffer.from(5));
t('from null', () => Buffer.from(null));
t('from undefined', () => Buffer.from());
t('from fn', () => Buffer.from(function named() {}));
t('from symbol', () => Buffer.from(Symbol('s')));
t('from obj', () => Buffer.from({}));
t('of', () => Buffer.of(1, 2, 260));
t('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
t('copyBytesFrom all', () => Buffer.copyBytesFrom(new Float32Array([1])));
t('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
t('Buffer(n)', () => Buffer(3));
t('new Buffer(str)', () => new Buffer('ab'));
t('Buffer(n, enc)', () => Buffer(3, 'utf8'));
t('concat', () => Buffer.concat([Buffer.from('a'), new Uint8Array([98, 99]), Buffer.alloc(0)]));
t('concat length', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
t('concat longer', () => Buffer.concat([Buffer.from('ab')], 5));
t('concat empty', () => Buffer.concat([]));
t('concat bad list', () => Buffer.concat('ab'));
t('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
t('concat float length', () => Buffer.concat([Buffer.from('a')], 1.5));
t('byteLength', () => [Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64url'), Buffer.byteLength('ab', 'ucs2'), Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\ud800'), Buffer.byteLength('x', 'bogus')]);
t('byteLength views', () => [Buffer.byteLength(new Uint32Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(5)))]);
t('byteLength bad', () => Buffer.byteLength(5));
t('isEncoding', () => ['utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY', 'hex', 'base64', 'base64url', 'ascii', 'utf16', 'utf-16', 'raw', '', 5, null, 'HeX'].map((e) => Buffer.isEncoding(e)).join());
t('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null)]);
t('poolSize', () => Buffer.poolSize);
t('pool shared', () => {
  const a = Buffer.from('x');
  const c = Buffer.allocUnsafe(3);
  return [a.buffer.byteLength, a.buffer === c.buffer, c.byteOffset - a.byteOffset];
});
t('big not pooled', () => [Buffer.from('y'.repeat(5000)).buffer.byteLength, Buffer.alloc(3).buffer.byteLength]);
t('species', () => {
  const m = Buffer.from([1, 2, 3]).map((x) => x * 2);
  return [m, m.constructor === Buffer, Buffer[Symbol.species] === Buffer];
});
t('proto chain', () => [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, Buffer.length]);
t('subclass', () => {
  class MyBuffer extends Buffer {}
  return typeof MyBuffer;
});
