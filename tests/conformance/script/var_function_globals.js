// kiln: --script
// Top-level var and function declarations are non-configurable properties of the global object.
console.log(typeof early, early(), counter);
var counter = 1;
function early() { return 'hoisted'; }
function twice() { return 'first'; }
function twice() { return 'second'; }
console.log(twice(), globalThis.twice === twice);
function describe(name) {
  var d = Object.getOwnPropertyDescriptor(globalThis, name);
  return name + ' ' + typeof d.value + ' w=' + d.writable + ' e=' + d.enumerable + ' c=' + d.configurable;
}
console.log(describe('counter'));
console.log(describe('early'));
globalThis.counter = 5;
console.log(counter);
counter += 1;
console.log(globalThis.counter, 'counter' in globalThis);
function readCounter() { return counter; }
globalThis.counter = 'changed';
console.log(readCounter());
console.log(delete globalThis.counter, delete counter, counter);
var declaredOnly;
console.log('declaredOnly' in globalThis, declaredOnly);
var counter;
console.log(counter);
for (var i = 0; i < 3; i++) {}
for (var key in { a: 1 }) {}
for (var item of [7]) {}
try { throw 1; } catch (caught) { var fromCatch = caught; }
{ var inBlock = 'block'; }
console.log(globalThis.i, globalThis.key, globalThis.item, globalThis.fromCatch, globalThis.inBlock, 'caught' in globalThis);
console.log(Object.keys(globalThis).filter(function (k) { return ['counter', 'early', 'i', 'key', 'inBlock'].indexOf(k) >= 0; }).sort().join());
