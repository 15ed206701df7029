// Arithmetic whose operand types the compiler infers: chains of numbers, loop counters, and
// locals that are numbers on one path and something else on another, plus `%` with integer
// and non-integer operands, negative zero, and the generic fallbacks.
function show(label, value) {
  console.log(label, Object.is(value, -0) ? "-0" : typeof value === "bigint" ? value + "n" : String(value));
}

const values = [7, -7, 0, -0, 2.5, -2.5, 3, -3, 1, 2147483647, -2147483648, 2147483648, 4294967296,
  1e20, NaN, Infinity, -Infinity, 0.1];
for (let i = 0; i < values.length; i++) {
  for (let j = 0; j < values.length; j++) {
    const a = values[i];
    const b = values[j];
    show(a + " % " + b, a % b);
  }
}
show("str %", "7" % 4);
show("obj %", { valueOf: () => 9 } % 5);
show("bigint %", 7n % 4n);
try {
  show("mixed %", 7n % 4);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  show("zero bigint %", 7n % 0n);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// A local that is a number on one path and a string or BigInt on another.
function mixed(flag) {
  let x = 1;
  if (flag === 1) x = "s";
  if (flag === 2) x = 10n;
  if (flag === 3) x = true;
  if (flag === 4) x = undefined;
  const y = x + x;
  const z = x - 1n === undefined;
  return [y, typeof y, -x, !x, x ? "truthy" : "falsy"];
}
for (let flag = 0; flag < 5; flag++) {
  try {
    console.log(flag, String(mixed(flag)));
  } catch (e) {
    console.log(flag, e.name + ": " + e.message);
  }
}

// Chains of known numbers, comparisons of them, and negation of a comparison.
let acc = 0;
let flips = 0;
for (let i = 0; i < 200; i++) {
  const d = i * 0.5 - 20;
  const e2 = d * d + d / 3 - (d - 1) * (d + 1);
  acc += e2;
  if (!(d < 0)) flips++;
  if (d !== d) flips += 1000;
  if (d != 7) flips += 0; else flips += 100;
  acc += -d;
  acc += d % 7;
  acc = acc | 0;
}
show("acc", acc);
show("flips", flips);

// Counters that become non-numbers in the middle of a loop.
let counter = 0;
for (let i = 0; i < 5; i++) {
  counter++;
  if (i === 2) counter = "2";
}
show("counter", counter);
let big = 5n;
big++;
big--;
big--;
show("big", big);
let nanCount = 0;
for (let n = NaN; nanCount < 3; nanCount++) {
  if (!n) show("NaN falsy", n);
  n = n + 1;
}

// Exceptions in the middle of a typed chain keep the earlier values for the handler.
function thrower(v) {
  let t = 1;
  try {
    t = t + 1;
    t = t * v;
    t = t - 1;
  } catch (e) {
    return "caught " + t + " " + e.name;
  }
  return "done " + t;
}
console.log(thrower(3));
console.log(thrower(Symbol("x")));
console.log(thrower({ valueOf() { throw new Error("boom"); } }));
