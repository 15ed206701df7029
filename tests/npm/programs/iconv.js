const iconv = require('iconv-lite');
const s = 'Привет, мир! Ünïcödé € 日本';
for (const enc of ['win1251', 'utf16le', 'utf16-be', 'latin1', 'cp866', 'koi8-r', 'shift_jis', 'gbk', 'big5', 'euc-kr', 'iso-8859-15', 'utf-7']) {
  const buf = iconv.encode(s, enc);
  console.log(enc, buf.length, buf.toString('hex').slice(0, 32), JSON.stringify(iconv.decode(buf, enc)));
}
console.log(iconv.encodingExists('cp1252'), iconv.encodingExists('nope'), iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf8'), iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf8', { stripBOM: false }).length);
const dec = iconv.getDecoder('utf8');
console.log(JSON.stringify(dec.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(dec.write(Buffer.from([0xac]))), JSON.stringify(dec.end()));
try { iconv.encode('x', 'bogus-enc'); } catch (e) { console.log(e.message); }
