// vm: contexts work; everything that compiles a string throws (node runs it).
const vm = require('vm');
console.log(Object.keys(vm));
const c = { a: 1 };
console.log(vm.createContext(c) === c, vm.isContext(c), vm.isContext({}), vm.isContext([]), vm.isContext(vm.createContext()));
for (const f of [() => vm.createContext(1), () => vm.isContext(null), () => vm.createContext({}, 5), () => vm.createContext({}, { name: 3 }),
  () => new vm.Script('1', 5), () => new vm.Script('1', { filename: 1 }), () => new vm.Script('1', { lineOffset: 1.5 }), () => new vm.Script('1', { produceCachedData: 'x' }),
  () => vm.runInContext('1', {}), () => vm.compileFunction(5), () => vm.compileFunction('1', [1]), () => vm.compileFunction('1', 'a'), () => vm.Script('1')]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(typeof vm.Script, Object.getOwnPropertyNames(vm.Script.prototype), typeof vm.constants.DONT_CONTEXTIFY);
