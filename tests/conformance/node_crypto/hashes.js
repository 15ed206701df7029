// createHash / createHmac / crypto.hash: known vectors for every digest, inputs in every
// encoding and view type, output encodings, copy(), chaining.
const crypto = require('crypto');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160'];
const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'héllo €\u{1F600}', 'a'.repeat(1000), '\ud800'];
for (const algorithm of algorithms) {
  for (const input of inputs) {
    console.log(algorithm, JSON.stringify(input.slice(0, 12)), crypto.createHash(algorithm).update(input).digest('hex'));
  }
}
console.log(crypto.getHashes().filter((name) => algorithms.includes(name)).join());
for (const alias of ['SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'RSA-MD5', 'ssl3-sha1', 'RSA-SHA512/256', 'rmd160', 'ripemd', 'Sha3-256']) {
  console.log(alias, crypto.createHash(alias).update('x').digest('hex'));
}
const h = crypto.createHash('sha256');
h.update('part one, ').update(Buffer.from('part two, ')).update(new Uint8Array([0x61, 0x62])).update(new DataView(new Uint8Array([0x63]).buffer));
const c = h.copy();
c.update('more');
console.log(h.digest('hex'), c.digest('base64'));
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'ascii']) {
  const out = crypto.createHash('md5').update('abc').digest(encoding);
  console.log(encoding, typeof out === 'string' ? JSON.stringify(out) : out);
}
console.log(crypto.createHash('sha1').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'));
console.log(crypto.createHash('sha1').update('é', 'latin1').digest('hex'), crypto.createHash('sha1').update('é', 'utf8').digest('hex'));
console.log(crypto.createHash('sha1').update('ab', 'ucs2').digest('hex'), crypto.createHash('sha1').update('\u0141', 'ascii').digest('hex'));
console.log(crypto.createHash('sha1').update(new Uint16Array([0x6261])).digest('hex'));
console.log(crypto.createHash('sha1').update(new Float64Array([1.5])).digest('hex'));
console.log(crypto.createHash('sha1').update(Buffer.from('xabcx').subarray(1, 4)).digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).update('a').digest('hex'));
// HMAC: RFC 2202 / RFC 4231 vectors and key handling.
const key20 = Buffer.alloc(20, 0x0b);
console.log(crypto.createHmac('sha256', key20).update('Hi There').digest('hex'));
console.log(crypto.createHmac('sha512', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log(crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.alloc(80, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
console.log(crypto.createHmac('sha384', Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('base64'));
for (const algorithm of algorithms) {
  console.log('hmac', algorithm, crypto.createHmac(algorithm, 'key').update('message').digest('hex'));
}
console.log(crypto.createHmac('sha256', '').update('').digest('hex'));
console.log(crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('m').digest('hex'));
console.log(crypto.createHmac('sha256', new Uint8Array([107, 101, 121]).buffer).update('m').digest('hex'));
const hm = crypto.createHmac('sha1', 'k');
console.log(hm.update('a') === hm, hm.digest('latin1').length, hm.digest('hex'), hm.digest());
// crypto.hash
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'), crypto.hash('SHA256', Buffer.from('abc'), 'buffer'), crypto.hash('sha512', new Uint8Array(0), 'base64url'));
console.log(crypto.Hash('md5').update('a').digest('hex'), new crypto.Hmac('md5', 'k').update('a').digest('hex'));
console.log(crypto.createHash('sha1') instanceof crypto.Hash, crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
