// Random functions: shapes, ranges and callbacks (the values themselves differ run to run).
const crypto = require('crypto');
const a = crypto.randomBytes(16);
const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(a), a.length, a.equals(b), crypto.randomBytes(0).length);
const filled = crypto.randomFillSync(Buffer.alloc(64));
console.log(filled.some((byte) => byte !== 0), crypto.randomFillSync(new Uint32Array(4)).length);
const partial = crypto.randomFillSync(Buffer.alloc(8), 2, 3);
console.log(partial[0], partial[1], partial[5], partial[6], partial[7]);
const u16 = crypto.randomFillSync(new Uint16Array(4), 1, 2);
console.log(u16[0], u16[3]);
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab, crypto.randomFillSync(ab, 8).byteLength);
let inRange = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(-5, 5);
  if (!Number.isInteger(n) || n < -5 || n >= 5) inRange = false;
  seen.add(n);
}
console.log('randomInt in range', inRange, 'all values seen', seen.size === 10);
console.log(crypto.randomInt(1) === 0, crypto.randomInt(2 ** 48 - 1) < 2 ** 48 - 1);
const uuids = new Set();
let wellFormed = true;
for (let i = 0; i < 200; i++) {
  const uuid = i % 2 ? crypto.randomUUID() : globalThis.crypto.randomUUID();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid)) wellFormed = false;
  uuids.add(uuid);
}
console.log('uuid v4', wellFormed, uuids.size, crypto.randomUUID({ disableEntropyCache: true }).length);
const values = crypto.getRandomValues(new Uint8Array(32));
console.log(values.length, values instanceof Uint8Array, globalThis.crypto.getRandomValues(new Int32Array(3)).length, crypto.webcrypto === globalThis.crypto);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))));
crypto.randomBytes(10, function (error, buf) {
  console.log('randomBytes callback', error, buf.length);
  crypto.randomFill(Buffer.alloc(6), 2, (error2, filledLater) => {
    console.log('randomFill callback', error2, filledLater.length, filledLater[0], filledLater[1]);
    crypto.randomFill(new Uint32Array(3), 1, 1, (error3, typed) => {
      console.log('randomFill typed', error3, typed.length, typed[0], typed[2]);
      crypto.randomInt(10, (error4, n) => {
        console.log('randomInt callback', error4, n >= 0 && n < 10);
        let pending = 3;
        for (let i = 0; i < 3; i++) {
          crypto.randomInt(5, 8, (error5, m) => {
            console.log('randomInt', i, error5, m >= 5 && m < 8);
            if (--pending === 0) crypto.randomFill(new ArrayBuffer(4), (e, x) => console.log('arraybuffer fill', e, x.byteLength));
          });
        }
      });
    });
  });
});
console.log('sync code done');
