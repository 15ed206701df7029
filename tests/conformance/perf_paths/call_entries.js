// A call site calls any compiled function straight through its entry; everything else a
// callee can be goes through the runtime: class constructors (which throw), bound functions,
// proxies, natives, generators and async functions, and non-callables.
class K {
  constructor() {
    this.k = 1;
  }
}
const adders = [];
for (let i = 0; i < 12; i++) adders.push((x) => x + i);
function plain(x) {
  return x * 2;
}
const callees = [
  ...adders,
  plain,
  plain.bind(null, 100),
  new Proxy(plain, {}),
  new Proxy(plain, { apply: (target, self, args) => "trapped " + args[0] }),
  Math.abs,
  String,
  function* gen(x) {
    yield x;
  },
  async function asy(x) {
    return x;
  },
  K,
  class {},
  42,
  { call: 1 },
  undefined,
];
function callAll(x) {
  const out = [];
  for (const f of callees) {
    try {
      const r = f(x);
      out.push(r instanceof Promise ? "promise" : typeof r === "object" ? Object.prototype.toString.call(r) : String(r));
    } catch (e) {
      out.push(e.constructor.name + ": " + e.message);
    }
  }
  return out;
}
for (let round = 0; round < 3; round++) console.log(callAll(-3 - round).join(" | "));

// `this`, arguments and new.target as the callee sees them through the direct path.
function seen() {
  "use strict";
  return [typeof this, arguments.length, new.target === undefined].join(",");
}
const holder = { seen };
const sites = [seen, holder.seen];
for (const f of sites) console.log(f(1, 2, 3), holder.seen());
console.log(new seen() instanceof seen);
