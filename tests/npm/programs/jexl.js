const jexl = require('jexl');
const context = { name: { first: 'Sterling', last: 'Archer' }, assoc: [{ first: 'Lana', last: 'Kane' }, { first: 'Cyril', last: 'Figgis' }, { first: 'Pam', last: 'Poovey' }], age: 36 };
jexl.addTransform('upper', (val) => val.toUpperCase());
jexl.addFunction('min', Math.min);
(async () => {
  for (const e of ['assoc[.first == "Lana"].last', 'age * (3 - 1)', 'name.first + " " + name["la" + "st"]', 'assoc[.last == "Figgis"].first|upper', 'age > 62 ? "retired" : "working"', '"Pam" in assoc[0].first', 'min(4, age, 10)', 'assoc[1]', '!(age < 10) && name.first != "x"'])
    console.log(e, '=>', JSON.stringify(await jexl.eval(e, context)));
  console.log(jexl.evalSync('2 ^ 10 % 7'), jexl.compile('age + 1').evalSync(context));
  try { await jexl.eval('age +', context); } catch (err) { console.log(err.name, err.message); }
})();
