const { minify } = require('terser');
const code = `
function add(first, second) { const unused = 1; return first + second; }
// comment
var result = add(1, 2);
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return Math.sqrt(this.x ** 2 + this.y ** 2); } }
if (false) { console.log('dead'); }
export const p = new Point(3, 4), msg = \`len \${p.len}\`;
`;
(async () => {
  const r = await minify(code, { module: true, compress: { passes: 2 }, mangle: { toplevel: true } });
  console.log(r.code);
  const r2 = await minify({ 'a.js': 'function f(longName){return longName*2}', 'b.js': 'console.log(f(21))' }, { toplevel: false, format: { beautify: true } });
  console.log(r2.code);
  try { await minify('function (('); } catch (e) { console.log(e.name, e.message, e.line, e.col); }
})();
