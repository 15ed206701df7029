// kiln: --script
// Declarations over configurable built-in globals: a function replaces it, a var keeps it.
function parseFloat(text) { return 'mine: ' + text; }
var Array;
var Math;
console.log(parseFloat('1.5'), typeof Array, Array.isArray([]), typeof Math.max);
var d = Object.getOwnPropertyDescriptor(globalThis, 'parseFloat');
console.log(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(globalThis, 'Array');
console.log(d.writable, d.enumerable, d.configurable);
var undefined;
var NaN;
console.log(undefined, NaN);
