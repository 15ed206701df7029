const ohm = require('ohm-js');
const g = ohm.grammar(`
  Arithmetic {
    Exp = AddExp
    AddExp = AddExp "+" MulExp  -- plus
           | AddExp "-" MulExp  -- minus
           | MulExp
    MulExp = MulExp "*" PriExp  -- times
           | MulExp "/" PriExp  -- div
           | PriExp
    PriExp = "(" Exp ")"  -- paren
           | number
    number = digit+ ("." digit+)?
  }`);
const s = g.createSemantics().addOperation('eval', {
  AddExp_plus(a, _, b) { return a.eval() + b.eval(); }, AddExp_minus(a, _, b) { return a.eval() - b.eval(); },
  MulExp_times(a, _, b) { return a.eval() * b.eval(); }, MulExp_div(a, _, b) { return a.eval() / b.eval(); },
  PriExp_paren(_l, e, _r) { return e.eval(); }, number(_a, _b, _c) { return parseFloat(this.sourceString); },
}).addOperation('show', { _nonterminal(...children) { return children.length === 1 ? children[0].show() : '(' + children.map((c) => c.show()).join(' ') + ')'; }, _terminal() { return this.sourceString; }, _iter(...c) { return c.map((x) => x.show()).join(''); } });
for (const src of ['1 + 2 * 3', '(1 + 2) * 3 - 4 / 8', '2 * (3 +']) {
  const m = g.match(src);
  console.log(JSON.stringify(src), m.succeeded() ? [s(m).eval(), s(m).show()] : m.message);
}
