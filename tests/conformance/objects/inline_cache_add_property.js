// Write inline caches for stores that add a property (constructors, object builders) stay
// exact when the prototype chain gains setters or read-only properties, when receivers stop
// being extensible, and when the receiver is itself a prototype others read through.
function Point(x, y) {
  "use strict";
  this.x = x;
  this.y = y;
}
const made = [];
for (let i = 0; i < 12; i++) {
  if (i === 3) {
    Object.defineProperty(Point.prototype, "y", {
      set(value) { this._y = value * 10; },
      get() { return this._y; },
      configurable: true,
    });
  }
  if (i === 6) delete Point.prototype.y;
  if (i === 8) Object.defineProperty(Object.prototype, "x", { value: "read-only", writable: false, configurable: true });
  try {
    const p = new Point(i, i + 1);
    made.push(JSON.stringify(p) + ":" + p.y);
  } catch (e) {
    made.push(e.name + ": " + e.message);
  }
  if (i === 10) delete Object.prototype.x;
}
console.log(made.join("\n"));

// Sloppy-mode stores (silently ignored where strict code throws).
function sloppy(o, v) {
  o.extra = v;
  return o.extra;
}
const results = [];
for (let i = 0; i < 8; i++) {
  const o = { a: i };
  if (i === 2) Object.preventExtensions(o);
  if (i === 4) Object.freeze(o);
  if (i === 5) Object.defineProperty(Object.prototype, "extra", { set(v) { results.push("setter saw " + v); }, configurable: true });
  if (i === 6) delete Object.prototype.extra;
  try {
    results.push(String(sloppy(o, "v" + i)));
  } catch (e) {
    results.push(e.name + ": " + e.message);
  }
}
console.log(results.join(","));

// Strict stores into non-extensible objects throw.
function addZ(o) {
  "use strict";
  o.z = 1;
  return o.z;
}
const zs = [];
for (let i = 0; i < 6; i++) {
  const o = { w: i };
  if (i % 2) Object.seal(o);
  try { zs.push(addZ(o)); } catch (e) { zs.push(e.name + ": " + e.message); }
}
console.log(zs.join(" | "));

// The receiver of an adding store is a prototype that another site reads through.
function addTo(o, v) { o.shared = v; }
function readShared(o) { return o.shared; }
const protos = [];
const children = [];
for (let i = 0; i < 6; i++) {
  const proto = { id: i };
  protos.push(proto);
  children.push(Object.create(proto));
}
const shared = [];
for (let i = 0; i < 6; i++) {
  shared.push(String(readShared(children[i])));
  addTo(protos[i], "s" + i);
  shared.push(String(readShared(children[i])));
}
console.log(shared.join(","));

// Building objects of the same shape with different prototypes, one having a setter.
const withSetter = { set tag(v) { this.seen = "setter:" + v; } };
function build(proto, v) { const o = Object.create(proto); o.tag = v; return o; }
const built = [];
for (let i = 0; i < 6; i++) {
  const o = build(i % 2 ? withSetter : {}, i);
  built.push(JSON.stringify(o));
}
console.log(built.join(" "));

// Arrays, functions and class instances gaining named properties at one site.
function label(o, v) { o.label = v; return o.label; }
const targets = [[], function f() {}, new (class K {})(), {}, new Map(), /re/];
console.log(targets.map((t, i) => label(t, "L" + i)).join(","));
console.log(targets.map((t) => Object.keys(t).join("+")).join(","));
