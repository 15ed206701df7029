'use strict';
// Seeded random inputs (compressible and not) of many sizes through every format, with
// random chunkSize and input split into random pieces for the streams; prints the crc32 and
// length of what comes back, which must be the input's.
const zlib = require('zlib');

let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

function makeInput(size) {
  const bytes = Buffer.alloc(size);
  const alphabet = 1 + Math.floor(random() * 255);
  for (let i = 0; i < size; i++) {
    bytes[i] = random() < 0.3 && i > 8 ? bytes[i - 1 - Math.floor(random() * 8)] : Math.floor(random() * alphabet);
  }
  return bytes;
}

const formats = [
  ['deflateSync', 'inflateSync', 'createDeflate', 'createInflate'],
  ['gzipSync', 'gunzipSync', 'createGzip', 'createGunzip'],
  ['deflateRawSync', 'inflateRawSync', 'createDeflateRaw', 'createInflateRaw'],
  ['gzipSync', 'unzipSync', 'createGzip', 'createUnzip'],
];

async function throughStreams(compressName, decompressName, input) {
  const compress = zlib[compressName]({ level: Math.floor(random() * 11) - 1, chunkSize: 64 + Math.floor(random() * 2000) });
  const decompress = zlib[decompressName]({ chunkSize: 64 + Math.floor(random() * 5000) });
  compress.pipe(decompress);
  const chunks = [];
  decompress.on('data', (chunk) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    decompress.on('end', resolve);
    decompress.on('error', reject);
  });
  let offset = 0;
  while (offset < input.length) {
    const size = 1 + Math.floor(random() * 3000);
    compress.write(input.subarray(offset, offset + size));
    offset += size;
  }
  compress.end();
  await ended;
  return Buffer.concat(chunks);
}

async function main() {
  for (let round = 0; round < 24; round++) {
    const size = [0, 1, 2, 100, 1000, 40000, 70000][round % 7] + Math.floor(random() * 50);
    const input = makeInput(size);
    const [compressSync, decompressSync, createCompress, createDecompress] = formats[round % formats.length];
    const level = Math.floor(random() * 11) - 1;
    const packed = zlib[compressSync](input, { level });
    const back = zlib[decompressSync](packed, { chunkSize: 64 + Math.floor(random() * 1000) });
    const streamed = await throughStreams(createCompress, createDecompress, input);
    console.log(round, compressSync, decompressSync, input.length, zlib.crc32(input), back.length, zlib.crc32(back), streamed.length, zlib.crc32(streamed));
  }
}

main();
