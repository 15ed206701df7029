// Encodings: toString and write for every encoding, including the lenient decoders.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e.code);
  }
};
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const samples = ['', 'a', 'hello', 'héllo', '€', '\u{1F600}', 'a\ud800b', '\udc00', '\ud83d', 'ÿ\u0100', 'A\u0000B'];
for (const enc of ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'UTF8', 'Latin1', 'HEX']) {
  for (const s of samples) {
    t(`${enc} ${JSON.stringify(s)}`, () => {
      const b = Buffer.from(s, enc);
      return `${b.toString('hex')} ${codes(b.toString(enc))}`;
    });
  }
}
// utf8 decoding of invalid input (U+FFFD per maximal subpart, as the WHATWG decoder)
const bad = [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xc2], [0x41, 0xe0, 0xa0], [0xef, 0xbb, 0xbf, 0x41]];
for (const bytes of bad) {
  t(`bad utf8 ${bytes}`, () => codes(Buffer.from(bytes).toString()));
}
// hex: stops at the first invalid pair; odd digit dropped
for (const s of ['0a1b', '0A1B', '0a1', 'zz', '0az1', 'a', '', '1 2', '12\u0131', 'ab\u0141b']) {
  t(`hex ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
}
// base64: lenient, both alphabets, whitespace, stops at =
for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', 'aGV\nsbG8', 'a-_b', 'a+/b', '====', 'QQ=QQ', 'Q', 'QQ', 'QUI', 'QUJD', 'QUJDRA==', 'QUJDRA=', 'QU!JD', '@@@@QUJD', 'QUJD====QUJD', 'Y W J j', '\u0141UJD']) {
  t(`b64 ${JSON.stringify(s)}`, () => [Buffer.from(s, 'base64'), Buffer.from(s, 'base64url')]);
}
// ascii decoding strips the high bit; latin1 keeps it
const high = Buffer.from([0x41, 0xe9, 0xff, 0x80]);
t('ascii', () => codes(high.toString('ascii')));
t('latin1', () => codes(high.toString('latin1')));
t('ucs2 odd', () => codes(Buffer.from([0x41, 0, 0x42]).toString('ucs2')));
t('base64url out', () => [Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'), Buffer.from([0xfb, 0xff]).toString('base64')]);
// toString ranges
const b = Buffer.from('abcdef');
t('range', () => [b.toString('utf8', 1, 3), b.toString(undefined, 2), b.toString('utf8', -1, 2), b.toString('utf8', 4, 2), b.toString('utf8', 10), b.toString('utf8', 1.7, 3.9), b.toString('utf8', '1', '3'), b.toString('utf8', NaN, 2), b.toString('utf8', 0, 100), b.toString('utf8', 0, -1), b.toString('hex', 2, 4)]);
t('toString bad enc', () => b.toString('utf9'));
t('toString null enc', () => b.toString(null));
t('toString empty enc', () => b.toString(''));
t('toLocaleString', () => b.toLocaleString('hex'));
// slice methods
t('utf8Slice', () => [b.utf8Slice(1, 3), b.latin1Slice(), b.hexSlice(4), b.base64Slice(0, 3), b.ucs2Slice(0, 4), b.asciiSlice(5, 6), b.base64urlSlice(1)]);
t('slice oob', () => b.utf8Slice(0, 10));
t('slice neg', () => b.hexSlice(-1));
t('slice backwards', () => b.latin1Slice(4, 2));
// write
const w = Buffer.alloc(10);
t('write', () => [w.write('héllo'), w]);
t('write offset', () => [w.write('xyz', 8), w]);
t('write offset len', () => [w.write('abcdef', 2, 3), w]);
t('write enc', () => [w.write('ffee', 'hex'), w]);
t('write offset enc', () => [w.write('ffee', 1, 'hex'), w]);
t('write all args', () => [w.write('AAAA', 2, 2, 'base64'), w]);
t('write split char', () => [Buffer.alloc(4).write('ab€'), Buffer.alloc(4).write('a\u{1F600}'), Buffer.alloc(3).write('€')]);
t('write ucs2 odd room', () => [Buffer.alloc(3).write('abc', 'ucs2'), Buffer.alloc(5).write('abc', 'utf16le')]);
t('write hex bad', () => [Buffer.alloc(4).write('zz', 'hex'), Buffer.alloc(4).write('12zz34', 'hex'), Buffer.alloc(1).write('1234', 'hex')]);
t('write latin1 wide', () => { const x = Buffer.alloc(3); x.write('\u0141\u20ac!', 'latin1'); return x; });
t('write ascii', () => { const x = Buffer.alloc(3); x.write('é\u0141z', 'ascii'); return x; });
t('write base64 room', () => { const x = Buffer.alloc(2); return [x.write('QUJDRA==', 'base64'), x]; });
t('write offset oob', () => w.write('a', 11));
t('write offset neg', () => w.write('a', -1));
t('write offset float', () => w.write('a', 1.5));
t('write offset string', () => w.write('a', '1'));
t('write length big', () => w.write('a', 0, 11));
t('write length bad', () => w.write('a', 0, 'x', 'y'));
t('write not string', () => w.write(5));
t('write not string enc', () => w.write(5, 'hex'));
t('write bad enc', () => w.write('a', 'nope'));
t('write at end', () => w.write('a', 10));
t('utf8Write', () => [Buffer.alloc(4).utf8Write('abcdef', 1), Buffer.alloc(4).hexWrite('abcd', 1, 1), Buffer.alloc(4).latin1Write('abc', 3)]);
t('utf8Write oob', () => Buffer.alloc(4).utf8Write('a', 5));
t('utf8Write bad', () => Buffer.alloc(4).utf8Write(1));
t('btoa', () => [btoa(''), btoa('a'), btoa('ab'), btoa('\xff\xfe'), btoa(12), btoa(null)]);
t('btoa wide', () => btoa('\u0100'));
t('btoa none', () => btoa());
t('atob', () => [atob(''), atob('YQ=='), atob('YQ'), atob(' Y Q = = '), atob('YWJj'), codes(atob('//79'))]);
for (const s of ['Y', 'YQ===', 'Y=Q=', 'YQ!', 'Y\u0100', '=YQ', 'YWJjZA=', 'YW-_']) {
  t(`atob ${JSON.stringify(s)}`, () => atob(s));
}
t('atob err', () => {
  try {
    atob('*');
  } catch (e) {
    return [e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, Object.prototype.toString.call(e), String(e)];
  }
});
t('atob none', () => atob());
