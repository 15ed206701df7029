// arguments.callee: a data property of mapped arguments objects, a throwing accessor of
// unmapped ones (strict code, non-simple parameters).
function sloppy(a) { return arguments.callee === sloppy; }
console.log('sloppy', sloppy(1));
function strict() {
  'use strict';
  const d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  let message;
  try { arguments.callee; } catch (e) { message = e.name + ': ' + e.message; }
  return [typeof d.get, d.get === d.set, d.enumerable, d.configurable, d.get.name === '', d.get.length, Object.isExtensible(d.get), message];
}
console.log('strict', strict());
function defaults(a = 1) {
  try { return arguments.callee; } catch (e) { return e.name; }
}
console.log('non-simple', defaults());
function rest(...r) {
  try { return arguments.callee; } catch (e) { return e.name; }
}
console.log('rest', rest());
function noParams() { return arguments.callee === noParams; }
console.log('no params', noParams());
'use strict';
console.log(Object.getOwnPropertyNames((function () { 'use strict'; return arguments; })(1)));
console.log(Object.getOwnPropertyNames((function (a) { return arguments; })(1)));
