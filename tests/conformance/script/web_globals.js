// kiln: --script
// Globals that node installs from JavaScript (structuredClone, URL, Buffer, TextEncoder,
// AbortController, atob) exist in a classic script as in a module, and top-level
// declarations still land on the global object.
var copy = structuredClone({ a: [1, 2, { b: 3 }], m: new Map([[1, 'x']]) });
console.log(JSON.stringify(copy.a), copy.m.get(1));
var buffer = new ArrayBuffer(8);
structuredClone(buffer, { transfer: [buffer] });
console.log('detached length', buffer.byteLength);
var url = new URL('https://example.com/a/b?c=1#d');
console.log(url.pathname, url.searchParams.get('c'), url.hash);
console.log(Buffer.from('hi').toString('hex'), atob(btoa('ok')));
console.log(new TextEncoder().encode('é').length);
var controller = new AbortController();
controller.abort();
console.log(controller.signal.aborted);
console.log(typeof globalThis.copy, typeof globalThis.url, typeof require);
try {
  structuredClone(function () {});
} catch (e) {
  console.log(e.name, e.message);
}
