'use strict';
// Blob and File: the constructor's parts and options, size/type, slice, text/arrayBuffer/bytes,
// util.inspect, the globals, and the errors.
const buffer = require('buffer');
const { Blob, File } = buffer;
const util = require('util');

async function attempt(label, fn) {
  try {
    const result = await fn();
    console.log(label, typeof result === 'string' ? JSON.stringify(result) : util.inspect(result));
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

async function main() {
  console.log(Blob === globalThis.Blob, File === globalThis.File);
  const blobGlobal = Object.getOwnPropertyDescriptor(globalThis, 'Blob');
  console.log(blobGlobal.writable, blobGlobal.enumerable, blobGlobal.configurable);
  console.log(Object.keys(buffer).filter((key) => ['Blob', 'File', 'resolveObjectURL'].includes(key)));

  const parts = ['abc', new Uint8Array([100, 101]), new ArrayBuffer(2), new Blob(['xy']), new DataView(new ArrayBuffer(1)), 'é', new Uint16Array([0x4241]).subarray(0, 1)];
  const blob = new Blob(parts, { type: 'Text/Plain' });
  console.log(blob, blob.size, blob.type, String(blob), Object.prototype.toString.call(blob));
  console.log(Object.getOwnPropertyNames(Blob.prototype), Object.keys(blob), Blob.length, Blob.name);
  await attempt('text', () => blob.text());
  await attempt('arrayBuffer', () => blob.arrayBuffer());
  await attempt('bytes', () => blob.bytes());
  console.log(blob.text() instanceof Promise);

  // The bytes are copied: changing a source later changes nothing.
  const source = new Uint8Array([1, 2, 3]);
  const copied = new Blob([source]);
  source[0] = 9;
  console.log(await copied.bytes());
  const returned = await copied.arrayBuffer();
  new Uint8Array(returned)[1] = 7;
  console.log(await copied.bytes());

  await attempt('slice', () => blob.slice(1, 4).text());
  await attempt('slice negative', () => blob.slice(-4).text());
  await attempt('slice both negative', () => blob.slice(-6, -2).size);
  await attempt('slice type', () => blob.slice(0, 2, 'a/B'));
  await attempt('slice string start', () => blob.slice('1', undefined));
  await attempt('slice reversed', () => blob.slice(5, 1).size);
  await attempt('slice past end', () => blob.slice(100).size);
  await attempt('slice of slice', () => blob.slice(1).slice(1, 3).text());
  await attempt('blob of slices', () => new Blob([blob.slice(2, 5), 'Z', blob.slice(0, 1)]).text());

  await attempt('endings native', () => new Blob(['a\r\nb\nc\r'], { endings: 'native' }).text());
  await attempt('endings transparent', () => new Blob(['a\r\nb\nc\r'], { endings: 'transparent' }).text());
  await attempt('endings bad', () => new Blob(['a'], { endings: 'x' }));
  await attempt('type non-ascii', () => new Blob(['a'], { type: 'é' }).type);
  await attempt('type control', () => new Blob(['a'], { type: 'a\x01' }).type);
  await attempt('type object', () => new Blob(['a'], { type: { toString: () => 'X/Y' } }).type);
  await attempt('no arguments', () => new Blob());
  await attempt('string sources', () => new Blob('abc'));
  await attempt('number sources', () => new Blob(5));
  await attempt('null sources', () => new Blob(null));
  await attempt('object sources', () => new Blob({}));
  await attempt('iterable', () => new Blob(new Set(['a', 'b'])).text());
  await attempt('generator', () => new Blob((function* () { yield 'g'; yield new Uint8Array([104]); })()).text());
  await attempt('other parts', () => new Blob([1, {}, null, undefined, true]).text());
  await attempt('options 5', () => new Blob([], 5));
  await attempt('options null', () => new Blob([], null));
  await attempt('call', () => Blob([]));
  await attempt('text on {}', () => Blob.prototype.text.call({}));
  await attempt('size on prototype', () => Blob.prototype.size);
  await attempt('type on {}', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call({}));
  await attempt('slice on {}', () => Blob.prototype.slice.call({}));
  await attempt('arrayBuffer on {}', () => Blob.prototype.arrayBuffer.call({}));
  await attempt('text of invalid UTF-8', () => new Blob([new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62])]).text());
  await attempt('text drops a BOM', () => new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).text());
  await attempt('lone surrogate', () => new Blob(['\ud800x']).bytes());
  await attempt('symbol part', () => new Blob([Symbol('s')]));
  await attempt('JSON', () => JSON.stringify(blob));
  await attempt('toStringTag', () => Blob.prototype[Symbol.toStringTag]);
  await attempt('size descriptor', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').enumerable);
  await attempt('text descriptor', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'text').enumerable);
  await attempt('nested inspect', () => util.inspect({ b: new Blob(['a']) }, { depth: 0 }));
  await attempt('deep inspect', () => util.inspect({ a: { b: new Blob(['ab'], { type: 'x/y' }) } }));

  const file = new File(['ab'], 'name.txt', { type: 'x/y', lastModified: 5 });
  console.log(file, file.name, file.size, file.type, file.lastModified, file instanceof Blob, Object.prototype.toString.call(file));
  console.log(Object.getOwnPropertyNames(File.prototype), File.length, Object.getPrototypeOf(File) === Blob);
  await attempt('file text', () => file.text());
  await attempt('file slice', () => file.slice(1));
  await attempt('file default lastModified', () => typeof new File([], 'x').lastModified);
  await attempt('file lastModified string', () => new File([], 'x', { lastModified: '7' }).lastModified);
  await attempt('file lastModified NaN', () => new File([], 'x', { lastModified: 'abc' }).lastModified);
  await attempt('file lastModified fraction', () => new File([], 'x', { lastModified: -1.5 }).lastModified);
  await attempt('file name object', () => new File([], { toString: () => 'obj' }).name);
  await attempt('file one argument', () => new File(['a']));
  await attempt('file bad options', () => new File([], 'x', 5));
  await attempt('file bad bits', () => new File('ab', 'x'));
  await attempt('name on blob', () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])));
  await attempt('stream is a function', () => typeof blob.stream);
}

main();
console.log(Object.getOwnPropertySymbols(new Blob(['a'])).map(String), util.inspect([[new File([], 'f')]], { depth: 1 }));
{
  const blob = new Blob(['xyz'], { type: 'a/b' });
  const cloned = structuredClone({ blob, again: blob, file: new File(['ab'], 'n.txt', { lastModified: 3 }) });
  console.log(cloned, cloned.blob === cloned.again, cloned.blob === blob, cloned.file instanceof File);
  cloned.blob.text().then((text) => console.log('cloned text', text));
}
