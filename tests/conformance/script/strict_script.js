// kiln: --script
// A strict script: assignment to an undeclared name throws; declared globals still work.
'use strict';
var declared = 1;
declared = 2;
console.log(declared, globalThis.declared);
try { undeclaredName = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('undeclaredName' in globalThis);
Object.defineProperty(globalThis, 'readOnly', { value: 'fixed', writable: false, configurable: true });
try { readOnly = 'changed'; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(readOnly);
console.log(this === globalThis);
(function () { console.log('strict function this', this); })();
globalThis.later = 0;
later = 3;
console.log(later);
