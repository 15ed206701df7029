const Hashids = require('hashids/cjs');
const h = new Hashids('this is my salt', 8, 'abcdefghijklmnopqrstuvwxyz0123456789');
const id = h.encode(1, 2, 3);
console.log(id, h.decode(id), h.encode([45, 434, 1313, 99]), h.encodeHex('507f1f77bcf86cd799439011'), h.decodeHex(h.encodeHex('deadbeef')));
const h2 = new Hashids(); console.log(h2.encode(12345), h2.encode(BigInt('9007199254740993')), h2.isValidId('NkK9'));
try { new Hashids('', 0, 'abc'); } catch (e) { console.log(e.name, e.message); }
