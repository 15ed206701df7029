// util.format and formatWithOptions: every specifier (%s %d %i %f %j %o %O %c %%), missing
// and extra arguments, %s on objects with and without their own toString, non-string first
// arguments, and formatWithOptions' validation.
const util = require('util');
const cases = [
  ['%s', 'str'],
  ['%s', 42],
  ['%s', -0],
  ['%s', null],
  ['%s', undefined],
  ['%s', true],
  ['%s', Symbol('sy')],
  ['%s', { a: { b: { c: 1 } } }],
  ['%s', [1, [2, [3]]]],
  ['%s', Object.assign(new Error('err text'), { stack: undefined })],
  ['%s', { toString() { return 'custom toString'; } }],
  ['%s', new (class Thing { toString() { return 'Thing!'; } })()],
  ['%s', new (class Plain {})()],
  ['%s', new Date(0)],
  ['%d', '42'],
  ['%d', '0x10'],
  ['%d', 1.5],
  ['%d', -0],
  ['%d', {}],
  ['%d', Symbol('n')],
  ['%i', '42.9px'],
  ['%i', -3.7],
  ['%i', 'abc'],
  ['%f', '1.25e2x'],
  ['%f', 'x'],
  ['%j', { a: [1, 'b'] }],
  ['%j', 'str'],
  ['%j', undefined],
  ['%o', { a: [1, 2], f() {} }],
  ['%O', { a: { b: { c: { d: {} } } } }],
  ['%c', 'color: red'],
  ['%%', 1],
  ['%x', 1],
  ['100%', 1],
  ['%s and %s', 'one'],
  ['no specifiers', 'extra', 2, { x: 1 }],
  ['%s', 'a', 'b', ['c']],
];
for (const args of cases) {
  console.log(JSON.stringify(util.format(...args)));
}
const circular = { name: 'c' };
circular.self = circular;
console.log(util.format('%j', circular));
console.log(util.format(1, 2, 'three', [4]));
console.log(util.format({ a: 1 }, '%s', 'x'));
console.log(util.format('%s'), util.format(), util.format(''), util.format('%%'));
console.log(util.format('a%', 1), util.format('%%s', 1), util.format('%s%', 'x'));
console.log(util.formatWithOptions({ depth: 0 }, 'obj %O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(util.formatWithOptions([], '%s', 'arrays allowed'));
for (const bad of [null, 'x', 1, undefined]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
