console.log('before import()');
const promise = import('./fixtures/lazy.js');
console.log(promise instanceof Promise);
const ns = await promise;
console.log(ns.value, ns.default);
const again = await import('./fixtures/lazy.js');
console.log(again === ns);
const legacy = await import('./fixtures/legacy.cjs');
console.log(legacy.default.name, legacy.add(1, 2));
const path = await import('path');
console.log(path.default.join('x', 'y'), path.join === path.default.join);
try {
  await import('./fixtures/throws.js');
} catch (e) {
  console.log('rejected:', e.message);
}
try {
  await import('./fixtures/throws.js');
} catch (e) {
  console.log('rejected again:', e.message);
}
