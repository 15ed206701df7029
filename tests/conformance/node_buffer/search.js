// indexOf / lastIndexOf / includes, compare, equals, copy, fill, slice/subarray, swap, toJSON.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.code);
  }
};
const b = Buffer.from('abcabcabc\u00e9\u00e9zz');
const needles = ['', 'a', 'bc', 'cab', 'abcx', 'é', 'z', 'zzz', 98, 0x163, -159, 256 + 97, Buffer.from('ca'), new Uint8Array([122]), Buffer.alloc(0)];
const offsets = [undefined, 0, 1, 3, -1, -4, -100, 100, 12, 1.5, -1.5, '1', null, NaN, {}, [], 2 ** 40, -(2 ** 40)];
for (const needle of needles) {
  const attempt = (f) => {
    try {
      return f();
    } catch (e) {
      return e.code;
    }
  };
  const forward = offsets.map((offset) => attempt(() => b.indexOf(needle, offset))).join(',');
  const backward = offsets.map((offset) => attempt(() => b.lastIndexOf(needle, offset))).join(',');
  console.log(typeof needle === 'object' ? `[${Array.from(needle)}]` : JSON.stringify(needle), forward, '|', backward);
}
t('includes', () => [b.includes('cab'), b.includes('cab', 5), b.includes(0x7a), b.includes('q')]);
t('indexOf enc', () => [b.indexOf('6263', 'hex'), b.indexOf('YmM=', 0, 'base64'), b.indexOf('YmM', 'base64url'), b.indexOf('é', 'latin1'), b.indexOf('\u00e9', 0, 'binary'), b.lastIndexOf('62', 'hex')]);
const u = Buffer.from('abcd\u0100abc', 'ucs2');
t('ucs2', () => [u.indexOf('b', 0, 'ucs2'), u.indexOf('\u0100', 'utf16le'), u.lastIndexOf('abc', undefined, 'ucs2'), u.indexOf('c', 5, 'ucs2'), u.indexOf(Buffer.from('b\0', 'latin1'), 0, 'ucs2'), Buffer.from([0, 0x61, 0]).indexOf('a', 'ucs2'), u.indexOf('', 3, 'ucs2')]);
t('indexOf bad enc', () => b.indexOf('a', 0, 'nope'));
t('indexOf bad enc buf', () => b.indexOf(Buffer.from('a'), 0, 'nope'));
t('indexOf bad value', () => b.indexOf({}));
t('indexOf bool', () => b.indexOf(true));
t('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf(0), Buffer.alloc(0).lastIndexOf('')]);
t('lastIndexOf undefined offset', () => [b.lastIndexOf('a', undefined), b.lastIndexOf('a', 'x'), b.lastIndexOf('zz')]);
// compare / equals
const x = Buffer.from([1, 2, 3]);
const y = Buffer.from([1, 2, 4]);
t('compare', () => [Buffer.compare(x, y), Buffer.compare(y, x), Buffer.compare(x, x), Buffer.compare(x, Buffer.from([1, 2])), Buffer.compare(Buffer.alloc(0), x), x.compare(y), y.compare(x)]);
t('compare ranges', () => [x.compare(y, 0, 2), x.compare(y, 0, 2, 0, 2), x.compare(y, 2), x.compare(y, 1, 3, 1, 3), x.compare(y, 3), x.compare(y, 0, 0), x.compare(y, 0, 3, 3), x.compare(y, 0, 1, 0, 0), x.compare(y, undefined, undefined, 2)]);
t('compare bad', () => Buffer.compare(x, 'a'));
t('compare bad1', () => Buffer.compare([1], x));
t('compare proto bad', () => x.compare('a'));
t('compare targetStart', () => x.compare(y, -1));
t('compare targetEnd', () => x.compare(y, 0, 4));
t('compare sourceEnd', () => x.compare(y, 0, 3, 0, 9));
t('compare targetStart float', () => x.compare(y, 0.5));
t('compare targetStart past', () => x.compare(y, 5, 6));
t('compare str', () => x.compare(y, '1'));
t('compare uint8', () => Buffer.compare(new Uint8Array([5]), new Uint8Array([4])));
t('equals', () => [x.equals(Buffer.from([1, 2, 3])), x.equals(y), x.equals(new Uint8Array([1, 2, 3])), Buffer.alloc(0).equals(Buffer.alloc(0)), x.equals(x)]);
t('equals bad', () => x.equals('abc'));
// copy
const target = Buffer.alloc(6, '.');
t('copy', () => [Buffer.from('xyz').copy(target, 1), target.toString()]);
t('copy ranges', () => [Buffer.from('abcdef').copy(target, 0, 2, 4), target.toString()]);
t('copy clipped', () => [Buffer.from('abcdef').copy(target, 4), target.toString()]);
t('copy overlap', () => {
  const o = Buffer.from('0123456789');
  o.copy(o, 2, 0, 6);
  return o.toString();
});
t('copy to uint8', () => {
  const u8 = new Uint8Array(3);
  return [Buffer.from('hi').copy(u8), u8];
});
t('copy args', () => [Buffer.from('ab').copy(target, 10), Buffer.from('ab').copy(target, 0, 2), Buffer.from('ab').copy(target, 0, 1, 0), Buffer.from('ab').copy(target, '1'), Buffer.from('ab').copy(target, 1.9, 0.5), Buffer.from('ab').copy(target, NaN)]);
t('copy neg target', () => Buffer.from('ab').copy(target, -1));
t('copy sourceStart oob', () => Buffer.from('ab').copy(target, 0, 3));
t('copy neg sourceEnd', () => Buffer.from('ab').copy(target, 0, 0, -1));
t('copy bad target', () => Buffer.from('ab').copy('x'));
t('copy sourceEnd big', () => [Buffer.from('ab').copy(target, 0, 0, 100), target.toString()]);
// fill
const f = Buffer.alloc(8);
t('fill num', () => f.fill(0x41).toString());
t('fill num range', () => f.fill(0x42, 2, 4).toString());
t('fill num wrap', () => Array.from(Buffer.alloc(3).fill(-1)).concat(Array.from(Buffer.alloc(2).fill(257)), Array.from(Buffer.alloc(1).fill(1.9))));
t('fill str', () => f.fill('xyz').toString());
t('fill str offset', () => f.fill('q', 6).toString());
t('fill str enc pos', () => f.fill('00ff', 'hex'));
t('fill str offset enc', () => f.fill('0a', 2, 'hex'));
t('fill str range enc', () => f.fill('41', 1, 3, 'hex'));
t('fill utf8 multi', () => Buffer.alloc(7).fill('é€'));
t('fill ucs2', () => Buffer.alloc(5).fill('ab', 'ucs2'));
t('fill latin1 wide', () => Buffer.alloc(3).fill('\u0141', 'latin1'));
t('fill latin1 two', () => Buffer.alloc(3).fill('\u0141\u0142', 'latin1'));
t('fill b64', () => Buffer.alloc(5).fill('YWJj', 'base64'));
t('fill buffer', () => Buffer.alloc(5).fill(Buffer.from([1, 2])));
t('fill uint16', () => Buffer.alloc(5).fill(new Uint16Array([0x0102])));
t('fill empty str', () => Buffer.alloc(3, 1).fill(''));
t('fill bool', () => Buffer.alloc(2).fill(true));
t('fill obj', () => Buffer.alloc(2).fill({}));
t('fill null', () => Buffer.alloc(2).fill(null));
t('fill lone surrogate', () => Buffer.alloc(6).fill('\ud800'));
t('fill bad hex', () => Buffer.alloc(3).fill('zz', 'hex'));
t('fill empty buffer', () => Buffer.alloc(3).fill(Buffer.alloc(0)));
t('fill bad enc', () => Buffer.alloc(3).fill('a', 'nope'));
t('fill enc number', () => Buffer.alloc(3).fill('a', 0, 3, 7));
t('fill offset neg', () => Buffer.alloc(3).fill(1, -1));
t('fill end big', () => Buffer.alloc(3).fill(1, 0, 4));
t('fill offset float', () => Buffer.alloc(3).fill(1, 0.5));
t('fill offset>=end', () => Buffer.alloc(3).fill(1, 2, 1));
t('fill offset str', () => Buffer.alloc(3).fill(1, '1'));
// slice / subarray share memory
const s = Buffer.from('hello world');
t('slice', () => [s.slice(0, 5).toString(), s.slice(-5).toString(), s.slice(3, -3).toString(), s.slice(5, 2).length, s.slice('2', '4').toString(), s.slice(1.7, 3.2).toString(), s.slice(-100, 100).length, s.slice(NaN).length, s.slice(undefined, NaN).length]);
t('slice shares', () => {
  const part = s.subarray(0, 5);
  part[0] = 0x4a;
  return [s.toString(), part.byteOffset - s.byteOffset, part.buffer === s.buffer, part.constructor.name, part instanceof Buffer];
});
t('typed slice copies', () => {
  const copy = Uint8Array.prototype.slice.call(s, 0, 2);
  copy[0] = 0x58;
  return [copy, s.toString(), copy.constructor.name];
});
t('slice bigint', () => s.slice(1n));
// swap
t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
t('swap32 odd', () => Buffer.alloc(6).swap32());
t('swap64 odd', () => Buffer.alloc(12).swap64());
t('swap big', () => {
  const big = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) big[i] = i;
  return [big.swap16().readUInt16BE(0), big.swap32().readUInt32BE(4), big.swap64().readBigUInt64BE(8)];
});
// JSON and inspection
t('toJSON', () => JSON.stringify([Buffer.from('ab'), Buffer.alloc(0)]));
t('toJSON fn', () => Buffer.from([5]).toJSON());
t('parent/offset', () => [s.parent === s.buffer, s.offset === s.byteOffset, Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable]);
t('keys', () => Object.keys(Buffer.from('ab')));
t('for in', () => {
  const keys = [];
  for (const k in Buffer.from('ab')) keys.push(k);
  return keys;
});
t('iterate', () => [...Buffer.from('ab')]);
t('entries', () => [...Buffer.from('ab').entries()]);
