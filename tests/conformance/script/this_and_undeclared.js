// kiln: --script
// `this` is globalThis; sloppy assignment to an undeclared name creates a configurable global.
console.log(this === globalThis, typeof this);
(function () { console.log('sloppy function this', this === globalThis); })();
console.log((() => this === globalThis)());
implicitGlobal = 'made';
var d = Object.getOwnPropertyDescriptor(globalThis, 'implicitGlobal');
console.log(implicitGlobal, d.writable, d.enumerable, d.configurable);
console.log(delete implicitGlobal, typeof implicitGlobal, 'implicitGlobal' in globalThis);
try { implicitGlobal; } catch (e) { console.log(e.name + ': ' + e.message); }
try { notDeclaredAnywhere + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof notDeclaredAnywhere);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
try { require('fs'); } catch (e) { console.log(e.name + ': ' + e.message); }
globalThis.fromProperty = 'property';
console.log(fromProperty);
Object.defineProperty(globalThis, 'getterGlobal', { get: function () { return 'via getter'; }, configurable: true });
console.log(getterGlobal);
console.log(delete NaN, delete undefined, typeof NaN);
this.viaThis = 1;
console.log(viaThis);
