const merge = require('deepmerge');
const x = { foo: { bar: 3 }, array: [{ does: 'work', too: [1, 2, 3] }] };
const y = { foo: { baz: 4 }, quux: 5, array: [{ does: 'work', too: [4, 5, 6] }, { really: 'yes' }] };
console.log(JSON.stringify(merge(x, y)));
const overwrite = (dest, src) => src;
console.log(JSON.stringify(merge(x, y, { arrayMerge: overwrite })));
console.log(JSON.stringify(merge.all([{ a: 1 }, { b: { c: 2 } }, { b: { d: 3 } }])));
class Point { constructor(x) { this.x = x; } }
const m = merge({ p: new Point(1) }, { p: new Point(2) }, { isMergeableObject: (v) => v && typeof v === 'object' && !(v instanceof Point) });
console.log(m.p instanceof Point, m.p.x, x.foo.baz === undefined);
console.log(JSON.stringify(merge({ a: [1] }, { a: [1, 2] }, { customMerge: (key) => (key === 'a' ? (a, b) => [...new Set([...a, ...b])] : undefined) })));
