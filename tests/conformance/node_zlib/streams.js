'use strict';
// The zlib Transform streams: output chunking by chunkSize, flush(), params(), reset(),
// close(), bytesWritten, pipeline() through several stages, multi-chunk input, promisified
// convenience functions.
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');

let text = '';
for (let i = 0; i < 2000; i++) {
  text += `record ${i}: ${(i * 2654435761) % 4096}\n`;
}
const packed = zlib.gzipSync(text);

// Chunk counts are printed only where they are deterministic (decompressing whole input);
// compressed sizes differ between zlib implementations and are not printed.
function collect(stream, label, exact) {
  return new Promise((resolve, reject) => {
    const sizes = [];
    const chunks = [];
    stream.on('data', (chunk) => {
      sizes.push(chunk.length);
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      const all = Buffer.concat(chunks);
      if (exact) {
        console.log(label, 'chunks', sizes.length, 'total', all.length);
      } else {
        console.log(label);
      }
      resolve({ all, sizes });
    });
  });
}

async function main() {
  // Decompression output is cut into chunkSize pieces, as node's are.
  for (const chunkSize of [64, 1000, 16384, 100000]) {
    const gunzip = zlib.createGunzip({ chunkSize });
    const done = collect(gunzip, `gunzip chunkSize ${chunkSize}`, true);
    gunzip.end(packed);
    const { all, sizes } = await done;
    console.log(all.toString() === text, sizes.slice(0, 3), sizes.every((size) => size <= chunkSize));
  }

  // Input in many small writes.
  {
    const gunzip = zlib.createGunzip();
    const done = collect(gunzip, 'small writes');
    for (let i = 0; i < packed.length; i += 7) {
      gunzip.write(packed.subarray(i, i + 7));
    }
    gunzip.end();
    const { all } = await done;
    console.log(all.toString() === text, gunzip.bytesWritten === packed.length);
  }

  // Compression streams round-trip, with bytesWritten counting input.
  for (const create of ['createGzip', 'createDeflate', 'createDeflateRaw']) {
    const stream = zlib[create]({ level: 3 });
    const done = collect(stream, create);
    stream.write(text.slice(0, 1000));
    stream.write(Buffer.from(text.slice(1000)));
    stream.end();
    const { all } = await done;
    const back = { createGzip: 'gunzipSync', createDeflate: 'inflateSync', createDeflateRaw: 'inflateRawSync' }[create];
    console.log(zlib[back](all).toString() === text, stream.bytesWritten === text.length);
  }

  // flush() makes everything written so far decodable.
  {
    const deflate = zlib.createDeflate();
    const pieces = [];
    deflate.on('data', (chunk) => pieces.push(chunk));
    deflate.write('first part ');
    await new Promise((resolve) => deflate.flush(resolve));
    const soFar = Buffer.concat(pieces);
    console.log('after flush', zlib.inflateSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    deflate.write('second part');
    await new Promise((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
    console.log('after sync flush', zlib.inflateSync(Buffer.concat(pieces), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    const ended = new Promise((resolve) => deflate.on('end', resolve));
    deflate.end();
    await ended;
    console.log('whole', zlib.inflateSync(Buffer.concat(pieces)).toString());
  }

  // params() changes the level between writes; the stream stays one valid stream.
  {
    const deflate = zlib.createDeflate({ level: 1 });
    const pieces = [];
    deflate.on('data', (chunk) => pieces.push(chunk));
    deflate.write(text.slice(0, 5000));
    await new Promise((resolve) => deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
    console.log('params', deflate._level, deflate._strategy);
    await new Promise((resolve) => deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
    const ended = new Promise((resolve) => deflate.on('end', resolve));
    deflate.end(text.slice(5000));
    await ended;
    console.log('params whole', zlib.inflateSync(Buffer.concat(pieces)).toString() === text);
    try {
      deflate.params(10, 0);
    } catch (e) {
      console.log(e.name + ': ' + e.message);
    }
  }

  // Truncated input with finishFlush Z_SYNC_FLUSH gives what there is, without an error.
  {
    const partial = zlib.gunzipSync(packed.subarray(0, 2000), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    console.log('partial', partial.length > 0, text.startsWith(partial.toString()));
  }

  // pipeline: gzip then gunzip then a collecting writable.
  {
    const received = [];
    await new Promise((resolve, reject) => {
      pipeline(
        Readable.from([text.slice(0, 10000), text.slice(10000)]),
        zlib.createGzip(),
        zlib.createGunzip({ chunkSize: 4096 }),
        new Writable({
          write(chunk, encoding, callback) {
            received.push(chunk);
            callback();
          },
        }),
        (err) => (err ? reject(err) : resolve()),
      );
    });
    console.log('pipeline', Buffer.concat(received).toString() === text);
  }

  // pipeline reports a decompression error.
  await new Promise((resolve) => {
    pipeline(Readable.from([Buffer.from('definitely not gzip')]), zlib.createGunzip(), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
      console.log('pipeline error', err && err.code, err && err.message);
      resolve();
    });
  });

  // close() and reset().
  {
    const gzip = zlib.createGzip();
    await new Promise((resolve) => gzip.close(resolve));
    console.log('closed', gzip._closed, gzip.destroyed);
    const inflate = zlib.createInflate();
    inflate.reset();
    console.log('reset ok', inflate._closed);
  }

  // Promisified convenience functions.
  const gzipAsync = util.promisify(zlib.gzip);
  const gunzipAsync = util.promisify(zlib.gunzip);
  const back = await gunzipAsync(await gzipAsync(text));
  console.log('promisified', back.toString() === text);
  try {
    await util.promisify(zlib.inflateRaw)(Buffer.from([0xff]));
  } catch (e) {
    console.log('promisified error', e.message, e.code);
  }
  const infoResult = await util.promisify(zlib.deflate)('x', { info: true });
  console.log('info', Object.keys(infoResult), infoResult.engine instanceof zlib.Deflate);
}

main().then(() => console.log('done'));
