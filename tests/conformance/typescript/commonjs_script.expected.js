// A .ts file without import/export is CommonJS, in sloppy mode: the module wrapper's bindings
// exist, `this` is `module.exports`, and a top-level `return` ends it.
const items = [{ id: 1 }, { id: 2 }];
function sloppy() { return this === globalThis; }
console.log(typeof require, typeof module, typeof __dirname, this === module.exports, sloppy());
console.log(require('path').basename(__filename).replace('.expected.js', '.ts'), items.map((item) => item.id * 10));
exports.value = 42;
console.log(module.exports);
if (items.length > 1) return;
console.log('not reached');
