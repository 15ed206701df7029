import * as pako from 'pako';
const text = 'Hello, pako! '.repeat(50) + 'The end.';
const input = new TextEncoder().encode(text);
const deflated = pako.deflate(input, { level: 9 });
console.log(input.length, deflated.length, Buffer.from(deflated.slice(0, 8)).toString('hex'));
const restored = pako.inflate(deflated, { to: 'string' });
console.log(restored === text);
const gz = pako.gzip('gzip me '.repeat(10));
console.log(gz[0], gz[1], pako.ungzip(gz, { to: 'string' }).length);
const raw = pako.deflateRaw(input);
console.log(Buffer.from(raw).toString('base64').slice(0, 40), new TextDecoder().decode(pako.inflateRaw(raw)).length);
const d = new pako.Deflate({ level: 1 });
d.push(new Uint8Array([1, 2, 3, 4]), false); d.push(new Uint8Array(1000).fill(7), true);
const inf = new pako.Inflate(); inf.push(d.result, true);
console.log(d.err, inf.err, inf.result.length, inf.result[3], inf.result[500]);
try { pako.inflate(new Uint8Array([1, 2, 3])); } catch (e) { console.log(typeof e, String(e)); }
