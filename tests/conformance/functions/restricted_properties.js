// Function.prototype.caller and .arguments are accessors that throw (%ThrowTypeError%);
// strict functions, arrows, classes and methods inherit them, sloppy functions shadow them.
const caller = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
const args = Object.getOwnPropertyDescriptor(Function.prototype, 'arguments');
console.log(typeof caller.get, caller.get === caller.set, caller.get === args.get, caller.enumerable, caller.configurable);
console.log(caller.get.name === '', caller.get.length, Object.isExtensible(caller.get), Object.isFrozen(caller.get));
function sloppy() {}
console.log(Object.getOwnPropertyNames(sloppy), sloppy.caller, sloppy.arguments);
const cases = {
  arrow: () => 1,
  strict: function () { 'use strict'; },
  klass: class {},
  method: { m() {} }.m,
  generator: function* () {},
  async: async function () {},
  bound: sloppy.bind(null),
};
for (const [name, fn] of Object.entries(cases)) {
  for (const key of ['caller', 'arguments']) {
    try {
      fn[key];
      console.log(name, key, 'read');
    } catch (e) {
      console.log(name, key, e.name + ': ' + e.message);
    }
    try {
      fn[key] = 1;
      console.log(name, key, 'written');
    } catch (e) {
      console.log(name, key, 'set', e.name);
    }
    console.log(name, key, Object.prototype.hasOwnProperty.call(fn, key), key in fn);
  }
}
delete Function.prototype.caller;
console.log('caller' in (() => 1), 'arguments' in (() => 1));
