// util.inspect with colors: true uses node's default styles (printed with the escape
// character shown as \x1b so the output stays readable).
const util = require('util');
function show(value, options) {
  console.log(JSON.stringify(util.inspect(value, { colors: true, ...options })));
}
show(1);
show(-0);
show('text');
show(true);
show(null);
show(undefined);
show(Symbol('s'));
show([1, 'a', null, undefined, , true]);
show({ date: new Date(0), re: /x+/g, fn: function named() {}, cls: class K {}, arrow: () => {} });
show({ 'quoted-key': 1, [Symbol('sym')]: 2, plain: 3 });
show(new Map([[1, 'one']]));
show(new Set(['x']));
show(Promise.resolve(4));
show(new Promise(() => {}));
show(Promise.reject(new Error('r')).catch(() => {}) && 0);
show(new Number(3));
show(new String('str'));
show(new Boolean(false));
show({ a: { b: { c: { d: 1 } } } });
const circular = {};
circular.me = circular;
show(circular);
show(new WeakMap());
show({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
show({ get g() { return 1; } }, { getters: true });
show('a long string that will be split because it has a newline\nand is longer than the break length allows', { breakLength: 40 });
show(Object.assign(function withProps() {}, { extra: 1 }));
show(Object.assign(/re/, { extra: 1 }));
console.log(JSON.stringify(util.format('%o', { a: 1 })), JSON.stringify(util.formatWithOptions({ colors: true }, 'n=%d %s', 5, { x: 1 }, 7)));
