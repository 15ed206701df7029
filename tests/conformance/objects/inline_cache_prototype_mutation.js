// Inline-cache invalidation: reads through prototype chains of several depths stay exact while
// the prototypes change in the middle of a loop (properties added, deleted, redefined,
// prototypes swapped).
function A() {}
A.prototype.m = function () { return "A.m"; };
A.prototype.v = 1;
function B() {}
B.prototype = Object.create(A.prototype);
function C() {}
C.prototype = Object.create(B.prototype);
function D() {}
D.prototype = Object.create(C.prototype);

const d = new D();
const c = new C();
function readM(o) { return o.m(); }
function readV(o) { return o.v; }

const log = [];
for (let i = 0; i < 40; i++) {
  if (i === 5) B.prototype.m = function () { return "B.m"; };
  if (i === 10) C.prototype.v = 3;
  if (i === 15) delete B.prototype.m;
  if (i === 20) delete C.prototype.v;
  if (i === 22) A.prototype.v = 7;
  if (i === 25) Object.setPrototypeOf(C.prototype, { m() { return "X.m"; }, v: 9 });
  if (i === 30) Object.setPrototypeOf(C.prototype, B.prototype);
  if (i === 32) Object.defineProperty(A.prototype, "v", { value: 11, writable: false });
  if (i === 34) Object.defineProperty(A.prototype, "v", { get() { return "getter v"; }, configurable: true });
  if (i === 36) Object.defineProperty(A.prototype, "v", { value: 13, configurable: true, writable: true });
  if (i === 38) Object.setPrototypeOf(d, A.prototype);
  log.push(i + ":" + readM(d) + "," + readM(c) + "," + readV(d) + "," + readV(c));
}
console.log(log.join("\n"));

// Object.prototype at the end of every chain.
const plain = { a: 1 };
const nested = Object.create(Object.create(Object.create(plain)));
function readB(o) { return o.b; }
const seen = [];
for (let i = 0; i < 12; i++) {
  if (i === 3) Object.prototype.b = "from Object.prototype";
  if (i === 6) plain.b = "from plain";
  if (i === 8) delete plain.b;
  if (i === 10) delete Object.prototype.b;
  seen.push(String(readB(nested)) + "/" + String(readB(plain)));
}
console.log(seen.join("\n"));

// A prototype switched to dictionary mode (deleting a middle key, many keys).
const base = { p: 1, q: 2, r: 3 };
const child = Object.create(base);
function readQ(o) { return o.q; }
const out = [];
for (let i = 0; i < 10; i++) {
  if (i === 2) delete base.p;
  if (i === 4) base.q = 20;
  if (i === 6) {
    for (let k = 0; k < 100; k++) base["k" + k] = k;
  }
  if (i === 8) delete base.q;
  out.push(readQ(child));
}
console.log(out.join(","));

// Replacing a constructor's prototype object affects only new instances.
function E() {}
E.prototype.tag = "first";
const e1 = new E();
E.prototype = { tag: "second" };
const e2 = new E();
function readTag(o) { return o.tag; }
const tags = [];
for (let i = 0; i < 4; i++) tags.push(readTag(e1), readTag(e2));
console.log(tags.join(","));

// Freezing and sealing prototypes keep the values readable.
const frozenBase = { f: "frozen" };
const fchild = Object.create(frozenBase);
function readF(o) { return o.f; }
const fr = [];
for (let i = 0; i < 6; i++) {
  if (i === 2) Object.freeze(frozenBase);
  if (i === 4) fchild.f = "own attempt";
  fr.push(readF(fchild));
}
console.log(fr.join(","));

// __proto__ assignment on an intermediate prototype.
const top1 = { w: "top1" };
const top2 = { w: "top2" };
const mid = Object.create(top1);
const leaf = Object.create(mid);
function readW(o) { return o.w; }
const ws = [];
for (let i = 0; i < 6; i++) {
  if (i === 2) mid.__proto__ = top2;
  if (i === 4) Reflect.setPrototypeOf(mid, null);
  ws.push(String(readW(leaf)));
}
console.log(ws.join(","));
