// Mapped arguments objects: sloppy functions with simple parameter lists.
function show(label, value) {
  console.log(label, JSON.stringify(value));
}

function writesBothWays(a, b, c) {
  arguments[0] = 'A';
  b = 'B';
  const seen = [a, arguments[1], c, arguments[2], arguments.length];
  c = 'C';
  seen.push(arguments[2]);
  return seen;
}
show('both ways', writesBothWays(1, 2, 3));
show('fewer args', writesBothWays(1));

function extraArgs(a) {
  arguments[1] = 'extra';
  a = 'changed';
  return [a, arguments[0], arguments[1], arguments.length];
}
show('extra', extraArgs(1, 2));

function lateIndex(a, b) {
  // Index 1 was not passed: not mapped, even once defined.
  arguments[1] = 'set';
  b = 'param';
  return [arguments[1], b, arguments.length];
}
show('late index', lateIndex(1));

function deleted(a) {
  delete arguments[0];
  a = 'after delete';
  const first = arguments[0];
  arguments[0] = 'again';
  return [first, a, arguments[0]];
}
show('delete unmaps', deleted(1));

function defineAccessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; }, configurable: true });
  a = 'param';
  return [arguments[0], a];
}
show('accessor unmaps', defineAccessor(1));

function defineValue(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  const first = a;
  a = 'param';
  return [first, arguments[0]];
}
show('define value writes through', defineValue(1));

function freeze(a) {
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'param';
  const d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [arguments[0], a, d.writable, d.value];
}
show('non-writable unmaps, keeps value', freeze(1));

function frozenAfterWrite(a) {
  a = 'updated';
  Object.freeze(arguments);
  a = 'later';
  return [arguments[0], a, Object.isFrozen(arguments)];
}
show('freeze', frozenAfterWrite(1));

function duplicate(a, a) {
  arguments[0] = 'first';
  arguments[1] = 'second';
  return [a, arguments[0], arguments[1]];
}
show('duplicate names', duplicate(1, 2));

function strictFn(a) {
  'use strict';
  arguments[0] = 'changed';
  a = 'param';
  return [a, arguments[0]];
}
show('strict unmapped', strictFn(1));

function defaults(a = 0) {
  arguments[0] = 'changed';
  return [a, arguments[0]];
}
show('default params unmapped', defaults(1));

function rest(a, ...others) {
  arguments[0] = 'changed';
  return [a, arguments[0], others];
}
show('rest unmapped', rest(1, 2));

function captured(a) {
  const read = () => [a, arguments[0]];
  const write = (v) => { arguments[0] = v; };
  write('from arrow');
  const first = read();
  a = 'from param';
  return [first, read()];
}
show('closures', captured(1));

function descriptor(a) {
  a = 'x';
  return Object.getOwnPropertyDescriptor(arguments, '0');
}
show('descriptor', descriptor(1));

function keys(a, b) {
  return [Object.keys(arguments), Object.getOwnPropertyNames(arguments), arguments.length];
}
show('keys', keys(1, 2, 3));

function spreadAndSlice(a, b) {
  a = 'A';
  return [[...arguments], Array.prototype.slice.call(arguments), Array.from(arguments)];
}
show('spread', spreadAndSlice(1, 2, 3));

function tagAndCallee(a) {
  return [Object.prototype.toString.call(arguments), arguments.callee === tagAndCallee];
}
show('tag', tagAndCallee(1));

function varRedeclare(a) {
  var a;
  arguments[0] = 'changed';
  return [a, arguments[0]];
}
show('var redeclare', varRedeclare(1));

function fnRedeclare(a) {
  function a() {}
  return typeof arguments[0];
}
show('function redeclare', fnRedeclare(1));

function varArguments(a) {
  var arguments;
  return typeof arguments;
}
show('var arguments', varArguments(1));

function reflect(a) {
  Reflect.set(arguments, '0', 'reflect');
  const one = a;
  const other = {};
  Reflect.set(arguments, '0', 'receiver', other);
  return [one, a, other[0]];
}
show('Reflect.set', reflect(1));

function shift(a, b) {
  Array.prototype.shift.call(arguments);
  return [a, b, arguments.length, arguments[0]];
}
show('shift', shift(1, 2));

function* gen(a) {
  arguments[0] = 'gen';
  yield a;
  a = 'next';
  yield arguments[0];
}
show('generator', [...gen(1)]);

const obj = {
  method(a) {
    arguments[0] = 'method';
    return a;
  },
};
show('method', obj.method(1));

function counter(n) {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  n = 100;
  return [total, arguments[0]];
}
show('loop', counter(1, 2, 3));

console.log(require('util').inspect((function (a, b) { a = 'z'; return arguments; })(1, 2)));
