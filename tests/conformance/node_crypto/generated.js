// Differential cases: seeded random messages and keys through every digest and HMAC, fed in
// one piece and in random chunks of strings and views; a hash per algorithm of all results.
const crypto = require('crypto');
let seed = 0x51ed270b;
function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
function randomBytes(length) {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160'];
for (const algorithm of algorithms) {
  let log = '';
  let agree = 0;
  for (let round = 0; round < 60; round++) {
    const message = randomBytes(Math.floor(random() * 300));
    const key = randomBytes(Math.floor(random() * 200));
    const whole = crypto.createHash(algorithm).update(message).digest('hex');
    const chunked = crypto.createHash(algorithm);
    let position = 0;
    while (position < message.length) {
      const size = 1 + Math.floor(random() * 70);
      const piece = message.subarray(position, position + size);
      if (random() < 0.3) chunked.update(piece.toString('latin1'), 'latin1');
      else if (random() < 0.5) chunked.update(piece.toString('hex'), 'hex');
      else chunked.update(new Uint8Array(piece));
      position += size;
    }
    if (chunked.digest('hex') === whole) agree++;
    const mac = crypto.createHmac(algorithm, key).update(message).digest('base64');
    log += whole + mac + crypto.hash(algorithm, message.toString('latin1'), 'base64url') + '|';
  }
  console.log(algorithm, fnv(log), agree);
}
