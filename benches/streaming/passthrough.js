'use strict';
// Streaming throughput without per-byte work: the same pipe as upper.js through a Transform
// that passes each chunk on untouched, so only the stream machinery and the I/O are timed.
const { Transform } = require('stream');

const same = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk);
  },
});

process.stdin.pipe(same).pipe(process.stdout);
