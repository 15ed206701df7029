'use strict';
// URL.createObjectURL / revokeObjectURL and buffer.resolveObjectURL.
const { resolveObjectURL } = require('buffer');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

async function main() {
  const blob = new Blob(['hello'], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  console.log(typeof url, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
  console.log(URL.createObjectURL(blob) !== url);
  const resolved = resolveObjectURL(url);
  console.log(resolved, resolved === blob, resolved instanceof Blob, await resolved.text());
  console.log(resolveObjectURL(url.toUpperCase()), resolveObjectURL(` ${url}#x`) !== undefined, resolveObjectURL(`${url}?q`) !== undefined);
  console.log(resolveObjectURL(`BLOB:${url.slice(5)}`) !== undefined, resolveObjectURL(url.replace('nodedata', 'NODEDATA')));
  console.log(resolveObjectURL('blob:nodedata:nothing'), resolveObjectURL('http://x'), resolveObjectURL(5), resolveObjectURL());
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  const other = URL.createObjectURL(new File(['f'], 'f.txt'));
  URL.revokeObjectURL(`http://host/nodedata:${other.split(':')[2]}`);
  console.log(resolveObjectURL(other));
  URL.revokeObjectURL('not a url');
  URL.revokeObjectURL(5);
  attempt('createObjectURL(string):', () => URL.createObjectURL('x'));
  attempt('createObjectURL():', () => URL.createObjectURL());
  attempt('revokeObjectURL():', () => URL.revokeObjectURL());
  console.log(URL.createObjectURL.length, URL.revokeObjectURL.length, Object.getOwnPropertyDescriptor(URL, 'createObjectURL').enumerable);
}

main();
