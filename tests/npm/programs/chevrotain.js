const { createToken, Lexer, CstParser } = require('chevrotain');
const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });
const Num = createToken({ name: 'Num', pattern: /\d+(\.\d+)?/ });
const Plus = createToken({ name: 'Plus', pattern: /\+/ }), Minus = createToken({ name: 'Minus', pattern: /-/ });
const Times = createToken({ name: 'Times', pattern: /\*/ }), Div = createToken({ name: 'Div', pattern: /\// });
const LParen = createToken({ name: 'LParen', pattern: /\(/ }), RParen = createToken({ name: 'RParen', pattern: /\)/ });
const allTokens = [WhiteSpace, Num, Plus, Minus, Times, Div, LParen, RParen];
const lexer = new Lexer(allTokens);
class Calc extends CstParser {
  constructor() {
    super(allTokens);
    const $ = this;
    $.RULE('expr', () => { $.SUBRULE($.term, { LABEL: 'lhs' }); $.MANY(() => { $.OR([{ ALT: () => $.CONSUME(Plus, { LABEL: 'op' }) }, { ALT: () => $.CONSUME(Minus, { LABEL: 'op' }) }]); $.SUBRULE2($.term, { LABEL: 'rhs' }); }); });
    $.RULE('term', () => { $.SUBRULE($.atom, { LABEL: 'lhs' }); $.MANY(() => { $.OR([{ ALT: () => $.CONSUME(Times, { LABEL: 'op' }) }, { ALT: () => $.CONSUME(Div, { LABEL: 'op' }) }]); $.SUBRULE2($.atom, { LABEL: 'rhs' }); }); });
    $.RULE('atom', () => $.OR([{ ALT: () => $.CONSUME(Num) }, { ALT: () => { $.CONSUME(LParen); $.SUBRULE($.expr); $.CONSUME(RParen); } }]));
    this.performSelfAnalysis();
  }
}
const parser = new Calc();
function evalCst(node) {
  const c = node.children;
  if (node.name === 'atom') return c.Num ? parseFloat(c.Num[0].image) : evalCst(c.expr[0]);
  let v = evalCst(c.lhs[0]);
  (c.rhs || []).forEach((r, i) => { const op = c.op[i].image; const x = evalCst(r); v = op === '+' ? v + x : op === '-' ? v - x : op === '*' ? v * x : v / x; });
  return v;
}
for (const text of ['1 + 2 * 3', '(1 + 2) * 3 - 4 / 8', '2 * (3 + ', '7 $ 1']) {
  const lex = lexer.tokenize(text);
  parser.input = lex.tokens;
  const cst = parser.expr();
  console.log(JSON.stringify(text), lex.errors.map((e) => e.message), parser.errors.map((e) => `${e.name}: ${e.message}`), parser.errors.length ? null : evalCst(cst));
}
