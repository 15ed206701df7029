'use strict';
// Streaming throughput (issue 5): standard input through a Transform that upper-cases the
// ASCII letters of each chunk in place, to standard output. See README.md for how it is run.
const { Transform } = require('stream');

const upper = new Transform({
  transform(chunk, encoding, callback) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte >= 97 && byte <= 122) chunk[i] = byte - 32;
    }
    callback(null, chunk);
  },
});

process.stdin.pipe(upper).pipe(process.stdout);
