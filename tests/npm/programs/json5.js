const JSON5 = require('json5');
const text = `{
  // comments are allowed
  name: 'kiln', version: 1.5e2, hex: 0xFF, inf: Infinity, neg: -.5,
  list: [1, 2, 3,], nested: { 'quoted-key': "a\\
b", nan: NaN },
}`;
const obj = JSON5.parse(text, (k, v) => (k === 'version' ? v + 1 : v));
console.log(obj);
console.log(JSON5.stringify(obj, null, 2));
console.log(JSON5.stringify({ a: "it's", b: [undefined, () => 1], 'c-d': new Date(0) }, { quote: '"' }));
try { JSON5.parse('{a: 1,, }'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
