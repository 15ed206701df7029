import Counter, { count, increment, label, legacy } from './fixtures/counter.js';
import * as counter from './fixtures/counter.js';
import * as re from './fixtures/reexport.js';
import { renamed, CounterClass, importedThenExported, counterNamespace } from './fixtures/reexport.js';
import legacyDefault, { add, name } from './fixtures/legacy.cjs';
import * as legacyNamespace from './fixtures/legacy.cjs';
import anonymous from './fixtures/anonymous.js';
import double, { first, second, others, p, renamedQ } from './fixtures/arrow.js';
import path, { join } from 'node:path';

console.log(count, label, legacy);
increment();
increment();
console.log('live binding:', count, counter.count, re.count, importedThenExported, counterNamespace.count);
console.log(new Counter().n, Counter === CounterClass, renamed, Counter.name);
console.log(counter);
console.log(Object.keys(re), re.local);
console.log(counterNamespace === counter, typeof re.default);
console.log(add(2, 3), name, legacyDefault.nested.deep, legacyNamespace.default === legacyDefault, legacyNamespace.name);
console.log(anonymous(), anonymous.name, double(21), double.name);
console.log(first, second, others, p, renamedQ);
console.log(join('a', 'b'), path.basename('/x/y.txt'));
console.log(this === undefined, typeof require, typeof module, typeof exports);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm/basics.js'));
console.log(import.meta.filename.endsWith('/esm/basics.js'), import.meta.dirname.endsWith('/esm'));
console.log(Object.prototype.toString.call(counter), Object.isExtensible(counter), Object.getPrototypeOf(counter));
try {
  count = 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  undeclaredVariable = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  counter.count = 1;
} catch (e) {
  console.log(e.name);
}
try {
  require('fs');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
