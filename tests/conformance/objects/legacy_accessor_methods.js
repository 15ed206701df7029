// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__.
const target = {};
let stored = 0;
target.__defineGetter__('value', function () { return stored * 2; });
target.__defineSetter__('value', function (v) { stored = v; });
target.value = 21;
console.log(target.value, stored, Object.keys(target));
const descriptor = Object.getOwnPropertyDescriptor(target, 'value');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
const child = Object.create(target);
console.log(child.__lookupGetter__('value') === descriptor.get, child.__lookupSetter__('value') === descriptor.set);
console.log(child.__lookupGetter__('missing'), ({ plain: 1 }).__lookupGetter__('plain'));
const shadow = Object.create({ get x() { return 'proto'; } });
shadow.x2 = 1;
Object.defineProperty(shadow, 'x', { value: 'own data' });
console.log(shadow.__lookupGetter__('x'));
const symbol = Symbol('s');
target.__defineGetter__(symbol, () => 'by symbol');
console.log(target[symbol], target.__lookupGetter__(symbol)());
for (const [name, args] of [['__defineGetter__', ['x', 1]], ['__defineSetter__', ['x', {}]]]) {
  try {
    Object.prototype[name].apply({}, args);
  } catch (error) {
    console.log(error.name + ': ' + error.message);
  }
}
try {
  Object.prototype.__lookupGetter__.call(null, 'x');
} catch (error) {
  console.log(error.name + ': ' + error.message);
}
const frozen = Object.freeze({});
try {
  frozen.__defineGetter__('x', () => 1);
} catch (error) {
  console.log(error.name + ': ' + error.message);
}
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length, Object.prototype.__lookupGetter__.name);
