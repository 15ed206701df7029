// kiln: --script
// Top-level let/const/class live in the global lexical environment, not on the global object.
function readLater() { return typeof shared + ' ' + shared; }
try { readLater(); } catch (e) { console.log(e.name + ': ' + e.message); }
let shared = 'let value';
const fixed = 42;
class Shape { area() { return fixed; } }
console.log(readLater(), fixed, new Shape().area());
console.log('shared' in globalThis, globalThis.fixed, globalThis.Shape, typeof Shape);
shared = 'reassigned';
console.log(readLater());
try { fixed = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
var arrow = () => shared + '!';
console.log(arrow());
setTimeout(function () { console.log('timer sees', shared, fixed); }, 0);
Promise.resolve().then(function () { console.log('microtask sees', typeof Shape); });
