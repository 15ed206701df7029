const jsonLogic = require('json-logic-js');
const rules = [
  [{ '==': [1, 1] }, null],
  [{ and: [{ '>': [3, 1] }, { '<': [1, 3] }] }, null],
  [{ var: ['a'] }, { a: 1, b: 2 }],
  [{ if: [{ '<': [{ var: 'temp' }, 0] }, 'freezing', { '<': [{ var: 'temp' }, 100] }, 'liquid', 'gas'] }, { temp: 55 }],
  [{ filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] }, { integers: [1, 2, 3, 4, 5] }],
  [{ reduce: [{ var: 'integers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { integers: [1, 2, 3, 4] }],
  [{ cat: ['I love', ' pie', { substr: ['abcdef', -2] }] }, null],
  [{ in: ['Spring', 'Springfield'] }, null], [{ missing: ['a', 'b'] }, { a: 'x' }], [{ '!!': [[]] }, null], [{ max: [1, 2, 3] }, null], [{ merge: [1, [2, 3]] }, null], [{ all: [[1, 2], { '>': [{ var: '' }, 0] }] }, null],
];
for (const [rule, data] of rules) console.log(JSON.stringify(rule), '=>', JSON.stringify(jsonLogic.apply(rule, data)));
jsonLogic.add_operation('plus', (a, b) => a + b);
console.log(jsonLogic.apply({ plus: [1, 2] }), jsonLogic.is_logic({ a: 1 }), jsonLogic.uses_data({ var: 'x.y' }));
try { jsonLogic.apply({ nope: [1] }); } catch (e) { console.log(e.message); }
