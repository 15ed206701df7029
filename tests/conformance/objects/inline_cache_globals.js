// Reads of global names (built-ins and undeclared globals) stay exact while the global object
// changes: reassignment, deletion, accessors, attribute changes, and many new globals.
function readMath() { return Math.sqrt(16); }
function readCounter() { return typeof counter === "undefined" ? "none" : counter; }
const out = [];
const realMath = Math;
for (let i = 0; i < 14; i++) {
  if (i === 2) globalThis.counter = 1;
  if (i === 3) counter = 2;
  if (i === 4) globalThis.Math = { sqrt: () => "fake sqrt" };
  if (i === 5) globalThis.Math = realMath;
  if (i === 6) Object.defineProperty(globalThis, "counter", { get() { return "getter " + i; }, configurable: true });
  if (i === 8) Object.defineProperty(globalThis, "counter", { value: "data again", writable: false, configurable: true });
  if (i === 9) counter = "ignored in sloppy mode";
  if (i === 10) delete globalThis.counter;
  if (i === 11) {
    for (let k = 0; k < 50; k++) globalThis["extra" + k] = k;
  }
  if (i === 12) globalThis.counter = "after many";
  out.push(readMath() + "/" + readCounter());
}
console.log(out.join(" "));

function readMissing() {
  try {
    return notDefinedAnywhere;
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
const missing = [];
for (let i = 0; i < 4; i++) {
  if (i === 2) globalThis.notDefinedAnywhere = "now defined";
  missing.push(readMissing());
}
delete globalThis.notDefinedAnywhere;
missing.push(readMissing());
console.log(missing.join(" | "));

// Globals inherited from Object.prototype, and a sloppy-mode global counter in a hot loop.
Object.prototype.inheritedGlobal = "from Object.prototype";
function readInherited() { return inheritedGlobal; }
console.log(readInherited());
delete Object.prototype.inheritedGlobal;
try { readInherited(); } catch (e) { console.log(e.name + ": " + e.message); }
globalThis.total = 0;
function bump() { total = total + 1; return total; }
let last = 0;
for (let i = 0; i < 1000; i++) last = bump();
console.log(last, total, typeof JSON.stringify, parseInt("42px"), isNaN(NaN));
