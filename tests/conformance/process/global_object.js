// node's `global` is the global object.
console.log(typeof global, global === globalThis, global.global === global);
const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log(d.writable, d.enumerable, d.configurable, Object.keys(globalThis).includes('global'));
global.answer = 42;
console.log(answer, globalThis.answer, global.Date === Date);
var DateTime = global.Date;
console.log(new DateTime(0).toISOString());
