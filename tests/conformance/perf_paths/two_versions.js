// Functions with loops are compiled twice: a version that assumes arithmetic sees numbers and
// a generic one it leaves for when a check fails. These loops change the kinds of their values
// part way through, so both versions and the ways between them run.

function mixed(values, one = 1) {
  let total = one - one;
  let product = one;
  const seen = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const d = v - one;
    product = product * (one + one) - d;
    total += d * d;
    seen.push(typeof d);
  }
  return [total, product, seen.join(",")];
}
console.log(mixed([1, 2, 3, 4]));
console.log(mixed([1, 2, "7", 4, true, null, undefined, 5]));
console.log(mixed([1n, 2n, 3n], 1n).map(String));
try {
  mixed([1, 2, 3n]);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// A local the fast version knows as a number becomes a string in the generic one: the way back
// at the loop header must check it.
function becomesString(n) {
  let x = 0;
  const out = [];
  for (let i = 0; i < n; i++) {
    x = x - 1;
    if (i === 3) x = "s" + x;
    out.push(x);
  }
  return out.join(" ");
}
console.log(becomesString(8));

// valueOf and getters run exactly once per operation, whichever version runs them.
let calls = 0;
const counted = { valueOf() { calls++; return 10; } };
function withObjects(items) {
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    sum = sum + (items[i] * 2 - 1);
    sum -= items[i] / 2;
  }
  return sum;
}
console.log(withObjects([1, counted, 3, counted]), calls);

let reads = 0;
const proto = { get y() { reads++; return this.base * 3; } };
function readAll(objects) {
  let s = 0;
  for (const o of objects) {
    s += o.x * 2 - o.y;
  }
  return s;
}
const objs = [];
for (let i = 0; i < 6; i++) {
  const o = Object.create(proto);
  o.x = i;
  o.base = i + 1;
  objs.push(o);
}
objs.push({ x: 1, y: 2 });
objs.push({ y: 5, x: 7, z: 0 });
console.log(readAll(objs), reads);

// Comparisons on strings and numbers in the same loop.
function countBelow(values, limit) {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < limit) count++;
  }
  return count;
}
console.log(countBelow([1, 5, 10, 50], 10), countBelow(["a", "b", "z"], "m"), countBelow([1, "2", 30, "40"], 25));

// A tagged template is one object per site, in both versions.
function tag(strings) { return strings; }
function templates(values) {
  const found = [];
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - 1;
    found.push(tag`a${d}b`);
  }
  return found;
}
const t = templates([1, 2, "x", 3n - 2n === 1n ? 4 : 0, {}, 6]);
console.log(t.length, t.every((x) => x === t[0]));

// Exceptions thrown in either version reach the same handler.
function guarded(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    try {
      out.push(values[i] * 2 - values[i].q.r);
    } catch (e) {
      out.push(e.constructor.name);
    }
  }
  return out.join(",");
}
console.log(guarded([{ q: { r: 1 } }, 3, { valueOf() { return 4; }, q: { r: 2 } }, 5n]));

// Integer-valued and fractional numbers, -0, NaN and Infinity through bit operations and %.
function bits(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out.push([v | 0, v >>> 1, v % 3, -v, v ^ 5, v << 2].map((x) => Object.is(x, -0) ? "-0" : String(x)).join(" "));
  }
  return out.join(" | ");
}
console.log(bits([0, -0, 7, -7.5, 2 ** 32 + 3, NaN, Infinity, "12", null]));

// Nested loops where the inner one falls back and the outer goes on.
function nested(rows) {
  let acc = 0;
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      acc = acc * 3 - rows[r][c];
      if (typeof acc !== "number") acc = Number(acc);
    }
    acc = acc % 1000003;
  }
  return acc;
}
console.log(nested([[1, 2, 3], [4, "5", 6], [7, 8, 9], [10, 11, 12]]));
console.log(nested([[1n], [2]]));
