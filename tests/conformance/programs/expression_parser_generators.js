function* tokens(src) {
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (/\d/.test(c)) { let j = i; while (j < src.length && /[\d.]/.test(src[j])) j++; yield { t: 'num', v: parseFloat(src.slice(i, j)) }; i = j; continue; }
    if ('+-*/()'.includes(c)) { yield { t: c }; i++; continue; }
    throw new SyntaxError(`bad char ${c} at ${i}`);
  }
}
function parse(src) {
  const toks = [...tokens(src)]; let p = 0;
  const peek = () => toks[p]?.t, next = () => toks[p++];
  function expr() { let v = term(); while (peek() === '+' || peek() === '-') { const op = next().t; const r = term(); v = op === '+' ? v + r : v - r; } return v; }
  function term() { let v = factor(); while (peek() === '*' || peek() === '/') { const op = next().t; const r = factor(); v = op === '*' ? v * r : v / r; } return v; }
  function factor() { const tok = next(); if (!tok) throw new Error('eof'); if (tok.t === 'num') return tok.v; if (tok.t === '-') return -factor(); if (tok.t === '(') { const v = expr(); next(); return v; } throw new Error('unexpected ' + tok.t); }
  return expr();
}
for (const s of ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - -2', '2 * (3 + 4) * 0.5', '1 +', '3 $ 4']) {
  try { console.log(s, '=', parse(s)); } catch (e) { console.log(s, '->', e.name, e.message); }
}
const data = [{ n: 'b', a: 3 }, { n: 'a', a: 3 }, { n: 'c', a: 1 }];
data.sort((x, y) => x.a - y.a || x.n.localeCompare(y.n));
console.log(data.map(({ n }) => n).join(''), new Set(data.map((d) => d.a)).size);
const wm = new WeakMap(); const k = {}; wm.set(k, 1); console.log(wm.has(k), wm.get(k));
console.log([..."héllo wörld"].reverse().join(''), 'abc'.padStart(6, '-'), (1234.5678).toFixed(2), (255).toString(16));
console.log(new Date(Date.UTC(2020, 1, 29)).toISOString(), JSON.parse('{"a":[1,{"b":null}]}').a[1].b);
process.stdout.write('no newline');
process.stdout.write('\n');
process.exitCode = 3;
