// require.cache: one object for the whole program, keyed by filename; deleting an entry loads
// the module again, replacing it changes what require returns; module.children and paths.
const path = require('path');
globalThis.freshCount = 0;
const names = () => Object.keys(require.cache).map((file) => path.relative(__dirname, file));
const first = require('./fixtures/fresh');
console.log(names());
const key = require.resolve('./fixtures/fresh');
const entry = require.cache[key];
console.log(entry.exports === first, entry.loaded, entry.id === key, entry.filename === key, path.basename(entry.path));
console.log(require('./fixtures/fresh') === first, require('./fixtures/fresh.js') === first);
delete require.cache[key];
const second = require('./fixtures/fresh');
console.log(second === first, second.created, require.cache[key] === entry);
require.cache[key].exports = { replaced: true };
console.log(require('./fixtures/fresh'));
require.cache[key] = { exports: 'a stand-in module' };
console.log(require('./fixtures/fresh'));
const data = require('./fixtures/data.json');
console.log(require.cache[require.resolve('./fixtures/data.json')].exports === data);
try {
  require('./fixtures/throws');
} catch (e) {
  console.log(e.message, require.resolve('./fixtures/throws') in require.cache);
}
console.log(module.children.map((child) => (child.filename ? path.relative(__dirname, child.filename) : child.exports)));
console.log(module.children.length, module.loaded, module.id, require.main === module, require.cache[__filename] === module);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths[module.paths.length - 1], module.paths.every((p) => p.endsWith('node_modules')));
console.log(typeof module.require, module.require('./fixtures/data.json') === data);
console.log(Object.keys(require.extensions), typeof require.extensions['.js']);
console.log(require('./fixtures/counter') === require.cache[require.resolve('./fixtures/counter')].exports);
console.log('cache' in require, require.cache === module.require.cache || typeof module.require.cache);
