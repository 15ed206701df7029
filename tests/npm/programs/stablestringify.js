const stringify = require('fast-json-stable-stringify');
const obj = { c: 8, b: [{ z: 6, y: 5, x: 4 }, 7], a: 3, d: undefined, e: { toJSON() { return { q: 1, p: 2 }; } }, f: null };
console.log(stringify(obj));
console.log(stringify(obj, (a, b) => (a.key < b.key ? 1 : -1)));
console.log(stringify(obj, { cmp: (a, b) => (typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : a.key < b.key ? -1 : 1) }));
const cyc = { a: 1 }; cyc.self = cyc;
try { stringify(cyc); } catch (e) { console.log(e.name, e.message); }
console.log(stringify(cyc, { cycles: true }), stringify([undefined, () => 1, NaN, Infinity, 'x']), stringify('s'));
