// Stores that add a property replay the transition a write cache recorded, inline: they must
// stop where the runtime would do something else.
function Point(x, y, z) {
  this.x = x;
  this.y = y;
  if (z !== undefined) this.z = z;
}
const points = [];
for (let i = 0; i < 50; i++) points.push(new Point(i, -i, i % 3 === 0 ? i * 2 : undefined));
console.log(points.slice(0, 4).map((p) => JSON.stringify(p)).join(" "), Object.keys(points[49]).join());

// A non-extensible receiver: sloppy stores do nothing, strict ones throw.
function fill(o) {
  o.a = 1;
  o.b = 2;
  return o;
}
function fillStrict(o) {
  "use strict";
  o.a = 1;
  o.b = 2;
  return o;
}
for (let i = 0; i < 3; i++) fill({});
console.log(JSON.stringify(fill(Object.preventExtensions({}))), JSON.stringify(fill(Object.seal({ a: 0 }))));
for (let i = 0; i < 3; i++) fillStrict({});
for (const o of [Object.preventExtensions({}), Object.freeze({})]) {
  try {
    fillStrict(o);
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}

// A receiver that other objects inherit from, once caches have read through it.
const base = {};
const child = Object.create(base);
function readShared(o) {
  return o.shared;
}
function addShared(o, v) {
  o.shared = v;
}
for (let i = 0; i < 3; i++) readShared(child);
addShared({}, 0);
addShared({}, 0);
addShared(base, "from base");
console.log(readShared(child));

// A setter or a read-only property appearing up the chain after the store was recorded.
function Plain() {}
function setColor(o) {
  o.color = "red";
  return o;
}
for (let i = 0; i < 3; i++) setColor(new Plain());
let setterCalls = 0;
Object.defineProperty(Plain.prototype, "color", { set(v) { setterCalls++; }, get() { return "via setter"; }, configurable: true });
const p = setColor(new Plain());
console.log(p.color, setterCalls, Object.keys(p).length);
delete Plain.prototype.color;
Object.defineProperty(Plain.prototype, "color", { value: "fixed", writable: false, configurable: true });
console.log(setColor(new Plain()).color);

// Many properties: past the slots a new object has room for.
function Wide(n) {
  this.p0 = 0; this.p1 = 1; this.p2 = 2; this.p3 = 3; this.p4 = 4; this.p5 = 5; this.p6 = 6;
  this.p7 = 7; this.p8 = 8; this.p9 = 9; this.p10 = 10; this.p11 = 11; this.p12 = 12;
  this.p13 = 13; this.p14 = 14; this.p15 = 15; this.p16 = 16; this.p17 = 17; this.last = n;
}
let sum = 0;
for (let i = 0; i < 100; i++) {
  const w = new Wide(i);
  sum += w.p17 + w.last + Object.keys(w).length;
}
console.log(sum);

// Two prototypes through one store site (a base constructor called by a subclass).
class A {
  constructor() {
    this.tag = "a";
    this.n = 1;
  }
}
class B extends A {
  constructor() {
    super();
    this.extra = true;
  }
}
const mixed = [];
for (let i = 0; i < 6; i++) mixed.push(i % 2 ? new A() : new B());
console.log(mixed.map((o) => Object.keys(o).join("+")).join(" "), mixed[0] instanceof B, mixed[1] instanceof B);
