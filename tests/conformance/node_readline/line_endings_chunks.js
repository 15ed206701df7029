'use strict';
// readline's line endings (\n, \r\n and a lone \r) found across chunk boundaries: a line split
// over several chunks, a \r\n split between two chunks, empty lines, a last line without an
// ending, and a chunk with no ending at all.
const readline = require('readline');
const { Readable } = require('stream');

function run(label, chunks, options) {
  return new Promise((resolve) => {
    const input = Readable.from(chunks.map((chunk) => Buffer.from(chunk)), { objectMode: false });
    const rl = readline.createInterface({ input, crlfDelay: Infinity, ...options });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', () => {
      console.log(label, lines.some((line) => line.length > 1000) ? lines.map((line) => line.length) : JSON.stringify(lines));
      resolve();
    });
  });
}

(async () => {
  await run('plain', ['a\nb\nc\n']);
  await run('no final ending', ['a\nb']);
  await run('crlf', ['one\r\ntwo\r\n\r\nthree']);
  await run('lone cr', ['x\ry\r\rz']);
  await run('mixed', ['1\n2\r\n3\r4\n\n5']);
  await run('split line', ['hel', 'lo wo', 'rld\nnext', ' line\n']);
  await run('split crlf', ['left\r', '\nright\r', '\n']);
  await run('no ending chunk', ['abc', 'def', 'ghi']);
  await run('only endings', ['\n\n\r\n\r']);
  await run('empty chunks', ['', 'a\n', '', '', 'b\n']);
  await run('cr at end', ['tail\r']);
  const long = 'x'.repeat(100000);
  await run('long', [long.slice(0, 40000), long.slice(40000) + '\n' + 'y\n']);
  let many = '';
  for (let i = 0; i < 2000; i++) many += (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r') + i;
  const input = Readable.from([Buffer.from(many.slice(0, 3001)), Buffer.from(many.slice(3001))]);
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  let sum = 0;
  for await (const line of rl) {
    count++;
    sum += line === '' ? 0 : Number(line);
  }
  console.log('many', count, sum);
})();
