const { encode, decode, Encoder, Decoder, ExtensionCodec } = require('@msgpack/msgpack');
const obj = { int: 1, neg: -300, float: 3.5, str: 'héllo', arr: [true, false, null], nested: { big: 2 ** 40, bin: new Uint8Array([1, 2, 3]) }, long: 'x'.repeat(40) };
const bytes = encode(obj);
console.log(bytes.length, Buffer.from(bytes).toString('hex').slice(0, 64));
console.log(decode(bytes));
const codec = new ExtensionCodec();
codec.register({ type: 0, encode: (v) => (v instanceof Set ? encode([...v]) : null), decode: (d) => new Set(decode(d)) });
const e = encode({ s: new Set([1, 2, 3]) }, { extensionCodec: codec });
console.log(Buffer.from(e).toString('hex'), decode(e, { extensionCodec: codec }));
console.log(decode(encode(new Date(Date.UTC(2020, 1, 2, 3, 4, 5, 6)))).toISOString(), decode(encode(123n, { useBigInt64: true }), { useBigInt64: true }));
console.log(new Decoder().decode(new Encoder({ sortKeys: true }).encode({ b: 1, a: 2 })), Buffer.from(encode({ b: 1, a: 2 }, { sortKeys: true })).toString('hex'));
try { decode(new Uint8Array([0xc1])); } catch (err) { console.log(err.name, err.message); }
