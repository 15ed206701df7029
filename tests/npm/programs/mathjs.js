const math = require('mathjs');
console.log(math.evaluate('sqrt(3^2 + 4^2)'), math.evaluate('12.7 cm to inch').toString(), math.evaluate('det([1, 2; 3, 4])'), math.format(math.evaluate('1/3'), { precision: 5 }));
const parser = math.parser();
parser.evaluate('f(x, y) = x^y');
parser.evaluate('a = [1, 2, 3]');
console.log(parser.evaluate('f(2, 10)'), parser.evaluate('a * 2').toString(), parser.evaluate('sum(a) + max(a)'));
const node = math.parse('2 * x + sin(pi / 2) * y');
console.log(node.toString(), node.toTex(), node.compile().evaluate({ x: 3, y: 4 }), math.simplify('2x + 3x + y*1').toString());
console.log(math.derivative('x^3 + 2x', 'x').toString(), math.multiply([[1, 2], [3, 4]], [[5], [6]]), math.inv([[2, 0], [0, 4]]));
console.log(math.fraction(1, 3).add(math.fraction(1, 6)).toString(), math.complex('2 + 3i').mul(math.complex(1, -1)).toString(), math.bignumber('0.1').plus('0.2').toString());
console.log(math.round(math.e, 5), math.std([2, 4, 4, 4, 5, 5, 7, 9]), math.median([5, 1, 9, 3]), math.combinations(10, 3), math.format(math.pi, 14));
try { math.evaluate('1 +'); } catch (e) { console.log(e.name, e.message); }
try { math.evaluate('undefinedFn(2)'); } catch (e) { console.log(e.name, e.message); }
