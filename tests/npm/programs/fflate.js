const { gzipSync, gunzipSync, zlibSync, unzlibSync, deflateSync, inflateSync, zipSync, unzipSync, strToU8, strFromU8, compressSync, decompressSync } = require('fflate');
const data = strToU8('fflate is a fast compression library. '.repeat(40));
const gz = gzipSync(data, { level: 6, mtime: 0 });
console.log(data.length, gz.length, Buffer.from(gz.subarray(0, 4)).toString('hex'), strFromU8(gunzipSync(gz)) === strFromU8(data));
const z = zlibSync(data, { level: 9 });
console.log(z.length, unzlibSync(z).length, inflateSync(deflateSync(data)).length, decompressSync(compressSync(data)).length);
const zipped = zipSync({ 'dir/a.txt': strToU8('alpha'), 'b.txt': [strToU8('beta '.repeat(20)), { level: 9 }] }, { mtime: new Date(Date.UTC(2020, 0, 1)) });
const files = unzipSync(zipped);
console.log(Object.keys(files), strFromU8(files['dir/a.txt']), files['b.txt'].length);
console.log(strFromU8(strToU8('ünïcødé ✓ 𝄞')), strFromU8(strToU8('latin1 é', true), true));
try { gunzipSync(new Uint8Array([1, 2, 3, 4, 5])); } catch (e) { console.log(e.code, e.message); }
