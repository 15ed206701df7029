// How console.log and util.inspect print Buffers (node's custom inspector).
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(300));
console.log([Buffer.from('ab'), { b: Buffer.from('cd') }]);
const extra = Buffer.from('xy');
extra.name = 'tag';
extra[Symbol('s')] = 1;
console.log(extra);
const empty = Buffer.alloc(0);
empty.meta = { deep: [1, 2] };
console.log(empty);
console.log(util.inspect(Buffer.from('hi'), { showHidden: true }));
console.log(util.inspect({ nested: { deeper: { buf: Buffer.from('x') } } }, { depth: 0 }));
console.log(`${Buffer.from('template')}`);
console.log('%s|%o|%j', Buffer.from('s'), Buffer.from('o'), Buffer.from('j'));
console.log(String(Buffer.from([0xe2, 0x82, 0xac])));
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
console.log(Buffer.from('abcde'));
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.from('x').inspect());
console.log(new Uint8Array(Buffer.from('raw')));
// Blob, File and resolveObjectURL are not in kiln (docs/compat.md).
console.log(Object.keys(buffer).filter((key) => !['Blob', 'File', 'resolveObjectURL'].includes(key)).sort().join());
console.log(util.types.isUint8Array(Buffer.alloc(1)), util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)));
console.log(Object.prototype.toString.call(Buffer.alloc(1)));
console.log(util.inspect(Buffer.prototype).slice(0, 8));
console.log(typeof globalThis.Buffer, Object.getOwnPropertyDescriptor(globalThis, 'Buffer').enumerable, Object.keys(globalThis).includes('atob'));
console.log(util.inspect(new Map([[Buffer.from('k'), Buffer.from('v')]])));
