'use strict';
// When Blob reads settle relative to other promise jobs: node's reader takes microtasks per
// entry of the Blob (its parts, flattened through Blob parts, kept by slices).
function count(label, p) {
  return new Promise((res) => {
    let n = 0; let done = false;
    const step = () => { if (!done) { n++; queueMicrotask(step); } };
    queueMicrotask(step);
    p.then(() => { done = true; console.log(label, n); res(); }, () => { done = true; console.log(label, 'rejected', n); res(); });
  });
}
const two = new Blob(['ab', 'cd']);
const nested = new Blob([two, new Blob(['e', 'f', 'g']).slice(1)]);
const cases = [
  ['1', () => new Blob(['a']).arrayBuffer()],
  ['2', () => new Blob(['a', 'b']).arrayBuffer()],
  ['3', () => new Blob(['a', 'b', 'c']).arrayBuffer()],
  ['4', () => new Blob(['a', 'b', 'c', 'd']).arrayBuffer()],
  ['empty strings 3', () => new Blob(['', '', '']).arrayBuffer()],
  ['[two]', () => new Blob([two]).arrayBuffer()],
  ['[two, x]', () => new Blob([two, 'x']).arrayBuffer()],
  ['two.slice(0,1)', () => two.slice(0, 1).arrayBuffer()],
  ['two.slice(1,3)', () => two.slice(1, 3).arrayBuffer()],
  ['two.slice(2)', () => two.slice(2).arrayBuffer()],
  ['two.slice(0,0)', () => two.slice(0, 0).arrayBuffer()],
  ['text 1', () => new Blob(['a']).text()],
  ['text 2', () => new Blob(['a', 'b']).text()],
  ['text empty', () => new Blob([]).text()],
  ['text empty str', () => new Blob(['']).text()],
  ['bytes empty', () => new Blob([]).bytes()],
  ['bytes 2', () => new Blob(['a', 'b']).bytes()],
  ['ab buffers', () => new Blob([new Uint8Array(2), new ArrayBuffer(3)]).arrayBuffer()],
  ['nested', () => nested.arrayBuffer()],
  ['nested slice', () => nested.slice(1, 4).text()],
  ['bad arrayBuffer', () => Blob.prototype.arrayBuffer.call({})],
  ['bad text', () => Blob.prototype.text.call({})],
];
(async () => { for (const [l, f] of cases) await count(l, f()); })();
try {
  Blob.prototype.bytes.call(5);
} catch (e) {
  console.log('bytes throws at once:', `${e.name}: ${e.message}`);
}
