// Object literals define their properties through a per-site cache of shape transitions:
// the cached path must give the same objects as the first, uncached run, whatever the
// prototype chain holds and whatever the literal repeats or computes.
function make(a, b, i) {
  return { type: "node", a, b, 1: "index", "1.5": "not an index", "": "empty", m() { return i; },
    toString() { return "T" + i; }, a: "again", [`k${i % 2}`]: i, "\u{1F600}": "astral" };
}
for (let i = 0; i < 4; i++) {
  const o = make(i, -i, i);
  console.log(JSON.stringify(o), Object.keys(o).join(","), String(o), o.m());
}

// A setter or a read-only property on Object.prototype does not affect definitions.
Object.defineProperty(Object.prototype, "guarded", {
  set(v) { console.log("setter called", v); },
  get() { return "inherited"; },
  configurable: true,
});
Object.defineProperty(Object.prototype, "fixed", { value: "proto", writable: false, configurable: true });
for (let i = 0; i < 3; i++) {
  const o = { guarded: i, fixed: i * 10 };
  console.log(o.guarded, o.fixed, Object.getOwnPropertyDescriptor(o, "fixed").writable);
}
delete Object.prototype.guarded;
delete Object.prototype.fixed;

// The same site with objects that change shape between definitions (a spread, __proto__).
function mixed(extra, proto) {
  return { first: 1, ...extra, second: 2, __proto__: proto, third: 3 };
}
const protos = [null, { inherited: true }, Array.prototype];
for (let i = 0; i < 6; i++) {
  const o = mixed(i % 2 ? { second: "from spread", s: i } : {}, protos[i % 3]);
  console.log(Object.keys(o).join(","), o.second, o.inherited, Array.isArray(o), Object.getPrototypeOf(o) === protos[i % 3]);
}

// Many properties: past the literal's inline room and into dictionary mode.
function wide(i) {
  return { p0: i, p1: i, p2: i, p3: i, p4: i, p5: i, p6: i, p7: i, p8: i, p9: i, p10: i, p11: i, p12: i,
    p13: i, p14: i, p15: i, p16: i, p17: i, p18: i, p19: i, p20: i, p21: i, p22: i, p23: i, p24: i,
    p25: i, p26: i, p27: i, p28: i, p29: i, p30: i, p31: i, p32: i, p33: i, p34: i, p35: i, p36: i,
    p37: i, p38: i, p39: i, p40: i, p41: i, p42: i, p43: i, p44: i, p45: i, p46: i, p47: i, p48: i,
    p49: i, p50: i, p51: i, p52: i, p53: i, p54: i, p55: i, p56: i, p57: i, p58: i, p59: i, p60: i,
    p61: i, p62: i, p63: i, p64: i, p65: i, p66: i, p67: i, p68: i, p69: i, p70: i };
}
let sum = 0;
for (let i = 0; i < 200; i++) {
  const o = wide(i);
  sum += o.p0 + o.p70 + Object.keys(o).length;
  if (i === 100) delete o.p3;
}
console.log(sum);

// Accessors and methods between data properties, and objects kept alive across collections.
const kept = [];
for (let i = 0; i < 20000; i++) {
  const o = { id: i, get twice() { return this.id * 2; }, label: "item" + i, set label2(v) { this.label = v; } };
  if (i % 1000 === 0) kept.push(o);
}
kept[3].label2 = "renamed";
console.log(kept.map((o) => o.twice).join(" "), kept[3].label, Object.keys(kept[0]).join(","));

// A frozen object of the same shape is not a literal's target: literals stay extensible.
const shapeTwin = Object.freeze({ x: 1, y: 2 });
const fresh = { x: 1, y: 2, z: 3 };
console.log(Object.isFrozen(shapeTwin), Object.isExtensible(fresh), JSON.stringify(fresh));
