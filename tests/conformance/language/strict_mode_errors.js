'use strict';
const tries = [
  () => { const o = Object.freeze({ a: 1 }); o.a = 2; },
  () => { const o = Object.preventExtensions({}); o.b = 1; },
  () => { const o = { get g() { return 1; } }; o.g = 5; },
  () => { 'abc'.x = 1; },
  () => { undeclaredThing = 1; },
  () => { const o = Object.freeze([1]); o[0] = 2; },
  () => { const o = Object.seal({ a: 1 }); delete o.a; },
  () => { const o = {}; Object.defineProperty(o, 'k', { value: 1 }); o['k'] = 3; },
];
for (const t of tries) { try { t(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
class P { constructor() { Object.freeze(this); } set() { this.x = 1; } }
try { new P().set(); } catch (e) { console.log(e.message); }
