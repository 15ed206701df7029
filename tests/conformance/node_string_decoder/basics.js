// StringDecoder: construction, every encoding, split multi-byte characters, end(), legacy API.
const { StringDecoder } = require('string_decoder');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.code);
  }
};
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
for (const enc of [undefined, 'utf8', 'UTF-8', 'ascii', 'base64', 'base64url', 'ucs2', 'utf16le', 'UCS-2', 'latin1', 'binary', 'hex']) {
  console.log(new StringDecoder(enc));
}
t('unknown', () => new StringDecoder('nope'));
t('unknown num', () => new StringDecoder(5));
t('no new', () => StringDecoder('utf8'));
t('write num', () => new StringDecoder().write(5));
t('write str', () => new StringDecoder().write('passes through'));
t('write null', () => new StringDecoder().write(null));
t('end str', () => new StringDecoder().end('x'));
const d = new StringDecoder('utf8');
t('euro split', () => [d.write(Buffer.from([0xe2])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([0x82])), d.write(Buffer.from([0xac])), d.lastNeed]);
t('emoji split', () => [codes(d.write(Buffer.from([0xf0, 0x9f]))), codes(d.write(Buffer.from([0x98]))), codes(d.write(Buffer.from([0x80, 0x41])))]);
t('end incomplete', () => [d.write(Buffer.from([0xe2, 0x82])), codes(d.end()), d.lastNeed]);
t('end with buf', () => codes(d.end(Buffer.from([0x61, 0xc3]))));
t('interrupted', () => [codes(d.write(Buffer.from([0xe2]))), codes(d.write(Buffer.from([0x41, 0x42])))]);
t('interrupted late', () => [codes(d.write(Buffer.from([0xf0, 0x9f]))), codes(d.write(Buffer.from([0x98, 0x41])))]);
t('stray continuation', () => [codes(d.write(Buffer.from([0x80, 0x80]))), codes(d.write(Buffer.from([0x41, 0x80])))]);
t('bad lead', () => [codes(d.write(Buffer.from([0xff]))), codes(d.write(Buffer.from([0xf8, 0x80])))]);
t('too many trailing', () => codes(d.write(Buffer.from([0xc3, 0xa9, 0xa9]))));
t('overlong', () => codes(d.write(Buffer.from([0xc0, 0x80, 0xed, 0xa0, 0x80]))));
t('valid end', () => [codes(d.write(Buffer.from('héllo wörld €'))), d.lastNeed]);
const u = new StringDecoder('utf16le');
t('ucs2 odd', () => [u.write(Buffer.from([0x61])), u.lastNeed, u.write(Buffer.from([0x00, 0x62])), u.write(Buffer.from([0x00]))]);
t('ucs2 surrogate', () => [codes(u.write(Buffer.from([0x3d, 0xd8]))), u.lastTotal, codes(u.write(Buffer.from([0x00, 0xde])))]);
t('ucs2 lone', () => [codes(u.write(Buffer.from([0x3d, 0xd8]))), codes(u.write(Buffer.from([0x41, 0x00])))]);
t('ucs2 end odd', () => [codes(u.write(Buffer.from([0x41, 0x00, 0x42]))), codes(u.end()), u.lastTotal]);
t('ucs2 end surrogate', () => [codes(u.write(Buffer.from([0x3d, 0xd8]))), codes(u.end())]);
t('ucs2 odd then surrogate', () => [codes(u.write(Buffer.from([0x3d]))), codes(u.write(Buffer.from([0xd8]))), codes(u.write(Buffer.from([0x00, 0xde])))]);
const b = new StringDecoder('base64');
t('base64', () => [b.write(Buffer.from('a')), b.write(Buffer.from('bc')), b.write(Buffer.from('defg')), b.lastNeed, b.end()]);
t('base64 end', () => [b.write(Buffer.from('ab')), b.end(), b.end(Buffer.from('x')), b.end()]);
const bu = new StringDecoder('base64url');
t('base64url', () => [bu.write(Buffer.from([0xfb, 0xff])), bu.end(Buffer.from([0xfe]))]);
const h = new StringDecoder('hex');
t('hex', () => [h.write(Buffer.from([1, 0xab])), h.end(Buffer.from([0xff])), h.end()]);
const l = new StringDecoder('latin1');
t('latin1', () => [codes(l.write(Buffer.from([0xe9, 0xff]))), l.end()]);
const a = new StringDecoder('ascii');
t('ascii', () => [codes(a.write(Buffer.from([0xe9, 0x41]))), a.end()]);
t('typed arrays', () => [new StringDecoder().write(new Uint16Array([0x6968])), new StringDecoder().write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), new StringDecoder('hex').write(new Uint8Array([1, 2, 3]).subarray(1))]);
t('text', () => {
  const x = new StringDecoder();
  x.write(Buffer.from([0xe2]));
  return [x.text(Buffer.from('abc'), 1), x.lastNeed];
});
t('proto', () => [Object.getOwnPropertyNames(StringDecoder.prototype).join(), StringDecoder.length, Object.keys(require('string_decoder')).join()]);
t('reuse after end', () => {
  const x = new StringDecoder();
  x.write(Buffer.from([0xe2, 0x82]));
  x.end();
  return x.write(Buffer.from('ok'));
});
console.log(d);
