const k = 'dyn';
const s = Symbol('tag');
const o = {
  [k]: () => 1,
  [s]: function () {},
  [`m${1}`]() {},
  get [k + 'Get']() { return 1; },
  set [k + 'Set'](v) {},
  [Symbol.iterator]() {},
  [Symbol()]: () => 2,
  named: function inner() {},
};
console.log(o.dyn.name, o[s].name, o.m1.name, o[Symbol.iterator].name);
const d = Object.getOwnPropertyDescriptor(o, 'dynGet'), e = Object.getOwnPropertyDescriptor(o, 'dynSet');
console.log(d.get.name, e.set.name, o.named.name);
console.log(o);
class C { [k]() {} static [s]() {} get [`g${k}`]() { return 0; } }
console.log(C.prototype.dyn.name, C[s].name, Object.getOwnPropertyDescriptor(C.prototype, 'gdyn').get.name);
console.log(Object.getOwnPropertyDescriptor(o.dyn, 'name'));
