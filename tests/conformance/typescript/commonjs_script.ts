// A .ts file without import/export is CommonJS, in sloppy mode: the module wrapper's bindings
// exist, `this` is `module.exports`, and a top-level `return` ends it.
const items: Array<{ id: number }> = [{ id: 1 }, { id: 2 }];
function sloppy(this: unknown): boolean { return this === globalThis; }
console.log(typeof require, typeof module, typeof __dirname, this === module.exports, sloppy());
console.log(require('path').basename(__filename), items.map((item): number => item.id * 10));
exports.value = 42 as const;
console.log(module.exports);
if (items.length > 1) return;
console.log('not reached');
