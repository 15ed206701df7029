const { Parser } = require('expr-eval');
const parser = new Parser();
const expr = parser.parse('2 * x + 1');
console.log(expr.evaluate({ x: 3 }), expr.toString(), expr.variables(), expr.simplify({ x: 4 }).toString());
console.log(Parser.evaluate('sqrt(a^2 + b^2)', { a: 3, b: 4 }), Parser.evaluate('x > 5 ? "big" : "small"', { x: 9 }), Parser.evaluate('max(1, 7, 3) + min(4, 2) + abs(-3) + 10 % 4'));
console.log(parser.evaluate('f(x) = x * x; f(7)'), parser.evaluate('[1, 2, 3] || [4]'), parser.evaluate('sin(PI / 2) + cos(0) + log(E)'), parser.evaluate('"ab" || "cd"'));
const sub = parser.parse('x * y').substitute('y', 'x + 1');
console.log(sub.toString(), sub.evaluate({ x: 2 }), parser.parse('a.b + c[1]').evaluate({ a: { b: 10 }, c: [0, 5] }));
try { parser.parse('2 +'); } catch (e) { console.log(e.name, e.message); }
try { parser.evaluate('y + 1'); } catch (e) { console.log(e.name, e.message); }
