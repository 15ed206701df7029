// Numeric reads and writes: every width, both byte orders, and node's range errors.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.code);
  }
};
const src = Buffer.from([0x01, 0x82, 0xf3, 0x44, 0xa5, 0xff, 0x07, 0x80, 0x99, 0x00]);
const reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint16LE', 'readUint32BE', 'readBigUint64LE'];
for (const name of reads) {
  const out = [];
  for (let offset = 0; offset < src.length; offset++) {
    try {
      out.push(String(src[name](offset)));
    } catch (e) {
      out.push(e.code);
    }
  }
  console.log(name, out.join(' '));
}
for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (let width = 1; width <= 6; width++) {
    const out = [];
    for (let offset = 0; offset < src.length; offset++) {
      try {
        out.push(src[name](offset, width));
      } catch (e) {
        out.push(e.code);
      }
    }
    console.log(name, width, out.join(' '));
  }
}
t('read default offset', () => [src.readUInt8(), src.readInt32BE(), src.readDoubleLE(), src.readBigInt64BE()]);
t('read offset string', () => src.readUInt8('1'));
t('read offset float', () => src.readUInt16LE(1.5));
t('read offset neg', () => src.readUInt16LE(-1));
t('read offset big', () => src.readUInt32LE(7));
t('read offset NaN', () => src.readInt8(NaN));
t('read empty', () => Buffer.alloc(0).readUInt8(0));
t('read small', () => Buffer.alloc(3).readUInt32LE(0));
t('readUIntLE no offset', () => src.readUIntLE());
t('readUIntLE width 7', () => src.readUIntLE(0, 7));
t('readUIntLE width 0', () => src.readUIntLE(0, 0));
t('readUIntLE width str', () => src.readUIntLE(0, '2'));
t('readUIntLE width float', () => src.readIntBE(0, 2.5));
t('readIntBE oob', () => src.readIntBE(6, 6));
t('readBigInt oob', () => src.readBigInt64LE(3));
t('readBigInt str', () => src.readBigInt64LE('0'));
// writes
const writes = [
  ['writeUInt8', [0, 255, 256, -1, 1.9, '7', NaN]],
  ['writeInt8', [-128, 127, 128, -129, -1.5]],
  ['writeUInt16LE', [0, 65535, 65536, -1, 0x1234]],
  ['writeUInt16BE', [0x1234, 70000]],
  ['writeInt16LE', [-32768, 32767, 32768, -0x1234]],
  ['writeInt16BE', [-2, -32769]],
  ['writeUInt32LE', [0xdeadbeef, 2 ** 32, -1, 3.7]],
  ['writeUInt32BE', [0xdeadbeef, 2 ** 32 + 5]],
  ['writeInt32LE', [-1, 2 ** 31, -(2 ** 31)]],
  ['writeInt32BE', [-(2 ** 31) - 1, 0x7fffffff]],
  ['writeFloatLE', [1.5, -0, NaN, Infinity, 3.4e39, 'x', 1e-46]],
  ['writeFloatBE', [1.1]],
  ['writeDoubleLE', [Math.PI, -0, 2 ** 53 + 1]],
  ['writeDoubleBE', [1e308, 5e-324]],
  ['writeBigUInt64LE', [0n, 2n ** 64n - 1n, 2n ** 64n, -1n, 5, 0x0102030405060708n]],
  ['writeBigUInt64BE', [0x0102030405060708n]],
  ['writeBigInt64LE', [-1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n]],
  ['writeBigInt64BE', [-2n, 123456789012345678n]],
  ['writeBigUint64LE', [7n]],
  ['writeUint8', [9]],
  ['writeUint16BE', [9]],
];
for (const [name, values] of writes) {
  for (const value of values) {
    const buf = Buffer.alloc(10, 0xaa);
    t(`${name}(${typeof value === 'bigint' ? value + 'n' : typeof value === 'string' ? JSON.stringify(value) : value})`, () => [buf[name](value, 1), buf.toString('hex')]);
  }
}
for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  for (let width = 1; width <= 6; width++) {
    const max = 2 ** (8 * width);
    for (const value of [0, 1, max / 2 - 1, -(max / 2), max - 1, max, -1, -(max / 2) - 1, 123.75]) {
      const buf = Buffer.alloc(8);
      t(`${name}(${value}, 1, ${width})`, () => [buf[name](value, 1, width), buf.toString('hex')]);
    }
  }
}
const w = Buffer.alloc(4);
t('write offset oob', () => w.writeUInt32LE(1, 1));
t('write offset neg', () => w.writeUInt8(1, -1));
t('write offset float', () => w.writeUInt16BE(1, 0.5));
t('write offset str', () => w.writeInt16LE(1, '0'));
t('write no args', () => [w.writeUInt8(), w]);
t('write default offset', () => [w.writeUInt16BE(0x0102), w]);
t('write small buf', () => Buffer.alloc(2).writeInt32LE(0));
t('writeUIntLE width 7', () => w.writeUIntLE(1, 0, 7));
t('writeUIntLE no width', () => w.writeUIntLE(1, 0));
t('writeIntBE width 0', () => w.writeIntBE(1, 0, 0));
t('writeUIntLE float width', () => w.writeUIntLE(1, 0, 1.5));
t('writeBigInt number', () => Buffer.alloc(8).writeBigInt64LE(1));
t('writeBigInt oob', () => Buffer.alloc(8).writeBigInt64LE(1n, 1));
t('writeBigInt str value', () => Buffer.alloc(8).writeBigInt64BE('1'));
t('writeFloat oob', () => Buffer.alloc(4).writeFloatLE(1, 1));
t('writeDouble obj', () => [Buffer.alloc(8).writeDoubleBE({ valueOf: () => 2.5 }), 1]);
t('round trip', () => {
  const b = Buffer.alloc(32);
  b.writeDoubleLE(-123.456, 0);
  b.writeFloatBE(0.1, 8);
  b.writeBigInt64BE(-9007199254740993n, 12);
  b.writeIntLE(-123456789012, 20, 6);
  return [b.readDoubleLE(0), b.readFloatBE(8), b.readBigInt64BE(12), b.readIntLE(20, 6), b.readUIntBE(20, 6)];
});
