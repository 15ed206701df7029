// TextDecoder streaming state: converter reset after fatal errors, windows-1252 table after a
// stream call, inspection with showHidden.
const util = require('util');
console.log(util.inspect(new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}), {showHidden: true}));
const d = new TextDecoder(); d.decode(new Uint8Array([0x41]), {stream: true});
console.log(util.inspect(d, {showHidden: true}));
console.log(util.inspect(new TextDecoder('latin1'), {showHidden: true}));
console.log(util.inspect({a: new TextEncoder()}, {depth: -1}), util.inspect([new TextDecoder()], {depth: 0}));
class Sub extends TextDecoder {}; console.log(new Sub());
class SubE extends TextEncoder {}; console.log(new SubE());
const cc = s => [...s].map(c=>c.codePointAt(0).toString(16)).join(" ");
const x = new TextDecoder('windows-1252'); console.log(cc(x.decode(new Uint8Array([0x80,0x81,0x8d,0x9f,0xff]), {stream: true})), cc(x.decode(new Uint8Array([0x80,0x81]))));
const y = new TextDecoder('utf-16le'); console.log(cc(y.decode(new Uint8Array([0x41]), {stream: true})), cc(y.decode(new Uint8Array([0x00, 0xde, 0x3d]), {stream: true})), cc(y.decode(new Uint8Array([0xd8]), {stream: true})), cc(y.decode()));
const z = new TextDecoder('utf-16le', {fatal: true}); console.log(cc(z.decode(new Uint8Array([0x41, 0, 0x3d]), {stream: true}))); try { z.decode(new Uint8Array([0xd8])) } catch (e) { console.log(e.message) }; console.log(cc(z.decode(new Uint8Array([0x42, 0]))));
const w = new TextDecoder('utf-8', {fatal: true}); try { w.decode(new Uint8Array([0x41, 0xff]), {stream: true}) } catch (e) { console.log(e.message) }; console.log(cc(w.decode(new Uint8Array([0x42]))));
const v = new TextDecoder('utf-8', {fatal: true}); v.decode(new Uint8Array([0xe2]), {stream: true}); try { v.decode(new Uint8Array([0x41]), {stream:true}) } catch (e) { console.log(e.message) }; console.log(cc(v.decode(new Uint8Array([0x43]))));
