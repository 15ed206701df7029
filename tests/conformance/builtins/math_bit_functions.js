// clz32, imul, fround, sign, round edge cases; Math's own properties.
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(NaN), Math.clz32("8"), Math.clz32(0x80000000));
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5), Math.imul(2 ** 31, 2), Math.imul("3", null), Math.imul(1.9, 2.9));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Object.is(Math.fround(-1e-50), -0), Math.fround(16777217), Math.fround(NaN));
console.log(Math.sign(-3), Math.sign(2), Object.is(Math.sign(-0), -0), Math.sign(NaN), Math.sign("-5"), Math.sign(-Infinity));
const rounds = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 1e300, -0.0000001];
console.log(rounds.map((x) => { const r = Math.round(x); return Object.is(r, -0) ? "-0" : String(r); }).join(" "));
console.log(Object.is(Math.ceil(-0.5), -0), Object.is(Math.trunc(-0.9), -0), Object.is(Math.floor(-0), -0), Math.abs(-Infinity), Object.is(Math.abs(-0), 0));
console.log(Math[Symbol.toStringTag], String(Math), Object.prototype.toString.call(Math), typeof Math);
const pi = Object.getOwnPropertyDescriptor(Math, "PI");
const abs = Object.getOwnPropertyDescriptor(Math, "abs");
const tag = Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag);
console.log(pi.writable, pi.enumerable, pi.configurable, abs.writable, abs.enumerable, abs.configurable, tag.writable, tag.configurable);
console.log(Object.keys(Math).length, Object.getOwnPropertyNames(Math).length);
const lengths = ["abs", "atan2", "hypot", "imul", "max", "min", "pow", "random", "round", "clz32"].map((n) => n + "=" + Math[n].length + ":" + Math[n].name);
console.log(lengths.join(" "));
Math.PI = 3;
console.log(Math.PI === 3.141592653589793, Object.getOwnPropertyDescriptor(globalThis, "Math").enumerable);
