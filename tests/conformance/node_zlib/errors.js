'use strict';
// zlib's errors as node reports them: bad headers, corrupt trailers, truncated streams, bad
// arguments and options, maxOutputLength, in Sync, callback and stream forms.
const zlib = require('zlib');

function show(label, f) {
  try {
    const result = f();
    console.log(label, 'ok', result.length);
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.errno, e.code, JSON.stringify(Object.keys(e)));
  }
}

const good = zlib.deflateSync('some text to check');
const goodGzip = zlib.gzipSync('some text to check');

show('inflate garbage', () => zlib.inflateSync(Buffer.from('garbage data here')));
show('gunzip garbage', () => zlib.gunzipSync(Buffer.from('garbage data here')));
show('unzip garbage', () => zlib.unzipSync(Buffer.from('garbage data here')));
show('inflateRaw block type 3', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
show('inflateRaw stored lengths', () => zlib.inflateRawSync(Buffer.from([0x00, 0x05, 0x00, 0x00, 0x00, 1, 2, 3])));
show('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
show('gunzip empty', () => zlib.gunzipSync(''));
show('inflateRaw empty', () => zlib.inflateRawSync(new Uint8Array(0)));
show('inflate truncated', () => zlib.inflateSync(good.subarray(0, good.length - 6)));
show('inflate no adler', () => zlib.inflateSync(good.subarray(0, good.length - 2)));
show('gunzip truncated header', () => zlib.gunzipSync(goodGzip.subarray(0, 5)));
show('gunzip truncated', () => zlib.gunzipSync(goodGzip.subarray(0, 20)));

function corrupt(buffer, index, xor) {
  const copy = Buffer.from(buffer);
  copy[index < 0 ? copy.length + index : index] ^= xor;
  return copy;
}
show('inflate bad adler', () => zlib.inflateSync(corrupt(good, -1, 1)));
show('gunzip bad crc', () => zlib.gunzipSync(corrupt(goodGzip, -8, 1)));
show('gunzip bad length', () => zlib.gunzipSync(corrupt(goodGzip, -4, 1)));
show('gunzip bad method', () => zlib.gunzipSync(corrupt(goodGzip, 2, 1)));
show('gunzip bad flags', () => zlib.gunzipSync(corrupt(goodGzip, 3, 0x20)));
show('gunzip header crc', () => zlib.gunzipSync(Buffer.concat([corrupt(goodGzip.subarray(0, 10), 3, 0x02), Buffer.from([0, 0]), goodGzip.subarray(10)])));
show('inflate bad method', () => zlib.inflateSync(Buffer.from([0x79, 0x9c - 3 * 0, 1, 2])));
show('inflate dictionary', () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 1, 3, 0])));
show('inflate window too big', () => zlib.inflateSync(Buffer.from([0x88, 0x98, 1, 2])));
show('inflate small windowBits', () => zlib.inflateSync(good, { windowBits: 9 }));
show('gunzip zlib data', () => zlib.gunzipSync(good));
show('inflate gzip data', () => zlib.inflateSync(goodGzip));
show('gunzip trailing garbage', () => zlib.gunzipSync(Buffer.concat([goodGzip, Buffer.from('junk')])));

// Arguments and options.
show('number input', () => zlib.deflateSync(5));
show('object input', () => zlib.gzipSync({}));
show('null input', () => zlib.inflateSync(null));
show('level 10', () => zlib.deflateSync('x', { level: 10 }));
show('level -2', () => zlib.gzipSync('x', { level: -2 }));
show('level string', () => zlib.deflateSync('x', { level: '3' }));
show('level Infinity', () => zlib.deflateSync('x', { level: Infinity }));
show('level NaN', () => zlib.deflateSync('x', { level: NaN }));
show('windowBits 7', () => zlib.deflateSync('x', { windowBits: 7 }));
show('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
show('deflate windowBits 8', () => zlib.deflateSync('x', { windowBits: 8 }));
show('windowBits 16', () => zlib.inflateSync(good, { windowBits: 16 }));
show('memLevel 0', () => zlib.deflateSync('x', { memLevel: 0 }));
show('strategy 5', () => zlib.deflateSync('x', { strategy: 5 }));
show('chunkSize 10', () => zlib.deflateSync('x', { chunkSize: 10 }));
show('flush 6', () => zlib.deflateSync('x', { flush: 6 }));
show('finishFlush -1', () => zlib.deflateSync('x', { finishFlush: -1 }));
show('dictionary type', () => zlib.deflateSync('x', { dictionary: 'abc' }));
show('maxOutputLength 0', () => zlib.inflateSync(good, { maxOutputLength: 0 }));
show('maxOutputLength 5', () => zlib.inflateSync(good, { maxOutputLength: 5 }));
show('maxOutputLength 18', () => zlib.inflateSync(good, { maxOutputLength: 18 }));
show('crc32 number', () => zlib.crc32(5));
show('crc32 value', () => zlib.crc32('a', 'b'));
show('crc32 negative', () => zlib.crc32('a', -1));
show('no callback', () => zlib.deflate('x'));
show('bad callback', () => zlib.deflate('x', {}, 'nope'));
console.log(zlib.crc32(''), zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32('\u00e9\u4e2d'));
console.log(zlib.Deflate.name, typeof zlib.Deflate, zlib.Deflate() instanceof zlib.Deflate, new zlib.Gzip() instanceof require('stream').Transform);

// The callback form reports the same errors. Each case waits for the one before: how
// callbacks of concurrent jobs interleave depends on the thread pool, in node as in kiln.
const steps = [
  (next) => zlib.inflate(Buffer.from('garbage'), (err, result) => {
    console.log('callback', err.name + ': ' + err.message, err.errno, err.code, result);
    next();
  }),
  (next) => zlib.gunzip(goodGzip.subarray(0, 20), (err, result) => {
    console.log('callback truncated', err.message, err.code, result);
    next();
  }),
  (next) => zlib.inflate(good, { maxOutputLength: 4 }, (err, result) => {
    console.log('callback maxOutputLength', err.name, err.code, err.message, result);
    next();
  }),
  (next) => {
    show('callback number', () => zlib.deflate(42, () => console.log('not called')));
    next();
  },
  // And the stream form through 'error'.
  (next) => {
    const stream = zlib.createInflate();
    stream.on('error', (err) => console.log('stream error', err.message, err.code, stream.destroyed));
    stream.on('close', () => {
      console.log('stream close');
      next();
    });
    stream.end(Buffer.from('not zlib'));
  },
];
(function run(index) {
  if (index < steps.length) steps[index](() => run(index + 1));
})(0);
