// Under "type": "module" a .ts file is an ES module even without import/export: strict mode,
// no CommonJS bindings, top-level await.
const value: number = await Promise.resolve(5);
function strict(this: unknown): boolean { return this === undefined; }
console.log(value, typeof require, typeof module, this, strict(), import.meta.url.startsWith('file://'));
