// Property reads through the inline caches at monomorphic and polymorphic sites: own and
// inherited data properties, getters on the prototype, shadowing added later, prototypes
// swapped or changed under a cached site, dictionary-mode objects, primitives, and the
// closure environment of functions that use none of it.
function read(o) {
  return o.x;
}
function Point(x) {
  this.x = x;
}
const points = [];
for (let i = 0; i < 50; i++) points.push(new Point(i));
let total = 0;
for (let round = 0; round < 20; round++) {
  for (let i = 0; i < points.length; i++) total += read(points[i]);
}
console.log("own", total);

// Many shapes through one site (more than the cache holds).
const shapes = [];
for (let i = 0; i < 12; i++) {
  const o = {};
  for (let k = 0; k < i; k++) o["p" + k] = k;
  o.x = i;
  shapes.push(o);
}
let sum = 0;
for (let round = 0; round < 10; round++) for (const o of shapes) sum += read(o);
console.log("polymorphic", sum);

// Inherited, then a getter put on the prototype, then shadowed, then the prototype swapped.
const proto = { x: "inherited" };
const child = Object.create(proto);
const seen = [];
for (let i = 0; i < 3; i++) seen.push(read(child));
Object.defineProperty(proto, "x", { get() { return "getter on " + (this === child ? "child" : "other"); }, configurable: true });
seen.push(read(child));
child.x = "assigned through getter-only";
seen.push(read(child));
Object.defineProperty(child, "x", { value: "own", writable: true, configurable: true });
seen.push(read(child));
delete child.x;
seen.push(read(child));
Object.setPrototypeOf(child, { x: "new prototype" });
seen.push(read(child));
Object.setPrototypeOf(child, null);
seen.push(String(read(child)));
console.log(seen.join(" | "));

// A getter that throws, and a getter with side effects read in a loop.
const thrower = Object.create({ get x() { throw new RangeError("no x"); } });
try {
  read(thrower);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
let calls = 0;
const counting = Object.create({ get x() { return ++calls; } });
let acc = 0;
for (let i = 0; i < 5; i++) acc += read(counting);
console.log("getter calls", calls, acc);

// Dictionary-mode objects (many deletions) and primitives.
const dict = { x: 1 };
for (let i = 0; i < 100; i++) dict["k" + i] = i;
for (let i = 0; i < 100; i++) delete dict["k" + i];
console.log("dictionary", read(dict), read("str"), read(5), read(true));
String.prototype.x = "string proto";
Number.prototype.x = "number proto";
console.log("primitive protos", read("str"), read(5));
delete String.prototype.x;
delete Number.prototype.x;
try {
  read(undefined);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  read(null);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Array and string lengths through a named-property site.
function len(o) {
  return o.length;
}
console.log("lengths", len([1, 2, 3]), len("abcd"), len({ length: "own" }), len(function (a, b) {}));
const holey = [];
holey[10] = 1;
console.log("holey length", len(holey));

// Writes: a cached store, then the property made read-only, then a setter on the prototype.
function write(o, v) {
  o.y = v;
}
const target = { y: 0 };
for (let i = 0; i < 5; i++) write(target, i);
Object.defineProperty(target, "y", { writable: false });
write(target, "ignored");
console.log("read-only", target.y);
(function () {
  "use strict";
  try {
    target.y = 1;
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
})();
const log = [];
const withSetter = Object.create({ set y(v) { log.push("setter " + v); } });
write(withSetter, 1);
write(withSetter, 2);
console.log(log.join(","), Object.keys(withSetter).length);

// Functions that capture nothing they read, nested in ones that do.
function outer() {
  let captured = 1;
  function unused() {
    return 42;
  }
  function used() {
    return captured++;
  }
  return [unused(), used(), used()];
}
console.log("closures", outer().join(","));
