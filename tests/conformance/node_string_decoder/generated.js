// Differential cases: seeded random byte streams cut into random chunks, decoded by
// StringDecoder in every encoding; a hash per encoding of every write and end result.
const { StringDecoder } = require('string_decoder');
let seed = 0x9e3779b9;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
function randomStream(length) {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    const r = random();
    bytes[i] = r < 0.35 ? 0x80 + Math.floor(random() * 64) : r < 0.55 ? 0xc0 + Math.floor(random() * 64) : r < 0.6 ? 0xd8 + Math.floor(random() * 8) : Math.floor(random() * 128);
  }
  return bytes;
}
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  let log = '';
  let wholeMatches = 0;
  for (let round = 0; round < 300; round++) {
    const stream = randomStream(Math.floor(random() * 24));
    const decoder = new StringDecoder(enc);
    let out = '';
    let position = 0;
    while (position < stream.length) {
      const size = 1 + Math.floor(random() * 4);
      const piece = decoder.write(stream.subarray(position, position + size));
      log += piece + '|' + decoder.lastNeed + decoder.lastTotal + '|';
      out += piece;
      position += size;
    }
    const last = decoder.end();
    log += last + '#';
    out += last;
    if (out === new StringDecoder(enc).end(stream)) wholeMatches++;
  }
  console.log(enc, hash(log), wholeMatches);
}
