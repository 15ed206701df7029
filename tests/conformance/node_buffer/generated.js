// Differential cases: seeded random bytes and strings through every encoding, compared with
// node by a hash per encoding and operation (and a few samples printed in full).
let seed = 0x2545f491;
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
function randomBytes(length) {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    // Bias towards the interesting UTF-8 lead and continuation bytes.
    const r = random();
    bytes[i] = r < 0.3 ? 0x80 + Math.floor(random() * 64) : r < 0.5 ? 0xc0 + Math.floor(random() * 64) : Math.floor(random() * 256);
  }
  return bytes;
}
const pieces = ['a', 'Z', '0', ' ', '\n', 'é', 'ÿ', 'Ł', '€', '\u{1F600}', '\ud800', '\udfff', '\u0000', '=', '+', '/', '-', '_', 'Q', 'g', 'f', 'F', '\u00ad', '\uffff', '\ufeff'];
function randomString(length) {
  let text = '';
  for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
const decoded = {};
const encoded = {};
const written = {};
for (const enc of encodings) {
  decoded[enc] = '';
  encoded[enc] = '';
  written[enc] = '';
}
for (let round = 0; round < 400; round++) {
  const bytes = randomBytes(Math.floor(random() * 40));
  const text = randomString(Math.floor(random() * 30));
  const room = Math.floor(random() * 20);
  for (const enc of encodings) {
    const s = bytes.toString(enc);
    decoded[enc] += s + '|';
    encoded[enc] += Buffer.from(text, enc).toString('hex') + '|';
    const target = Buffer.alloc(room, 0xee);
    const count = target.write(text, 0, enc);
    written[enc] += count + ':' + target.toString('hex') + '|';
    if (round < 3) {
      console.log(enc, JSON.stringify(s).length, Buffer.from(s, enc).equals(bytes));
    }
  }
}
for (const enc of encodings) {
  console.log(enc, 'decode', hash(decoded[enc]), 'encode', hash(encoded[enc]), 'write', hash(written[enc]));
}
// Round trips that must hold for every input.
let failures = 0;
for (let round = 0; round < 300; round++) {
  const bytes = randomBytes(Math.floor(random() * 64));
  for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
    if (!Buffer.from(bytes.toString(enc), enc).equals(bytes)) failures++;
  }
  if (bytes.length % 2 === 0 && !Buffer.from(bytes.toString('utf16le'), 'utf16le').equals(bytes)) failures++;
}
console.log('round trip failures', failures);
// Byte lengths and searches over random data.
let lengths = '';
let searches = '';
for (let round = 0; round < 300; round++) {
  const text = randomString(Math.floor(random() * 12));
  lengths += encodings.map((enc) => Buffer.byteLength(text, enc)).join(',') + ';';
  const hay = randomBytes(Math.floor(random() * 30));
  const needle = hay.subarray(Math.floor(random() * hay.length), Math.floor(random() * hay.length));
  const offset = Math.floor(random() * 40) - 20;
  searches += [hay.indexOf(needle, offset), hay.lastIndexOf(needle, offset), hay.indexOf(needle.toString('latin1'), offset, 'latin1'), hay.indexOf(hay[0] || 0, offset), hay.lastIndexOf(needle.toString('hex'), offset, 'hex')].join(',') + ';';
}
console.log('byteLength', hash(lengths), 'search', hash(searches));
