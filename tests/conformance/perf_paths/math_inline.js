// Math.name(...) call sites compiled inline: the fast path (numbers, the intrinsic function),
// and every fallback: non-number arguments, a replaced Math function, a user object named
// Math, missing arguments, extra arguments, and the edge values of each function.
function show(label, value) {
  console.log(label, Object.is(value, -0) ? "-0" : String(value));
}

const edge = [0, -0, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 1.5, -1.5, 2.5, -2.5,
  -0.7, 3.7, -3.7, 1e21, -1e21, 4503599627370495.5, -4503599627370495.5, NaN, Infinity, -Infinity,
  Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 2, 9, 1e-300];
for (let i = 0; i < edge.length; i++) {
  const x = edge[i];
  show("sqrt " + x, Math.sqrt(x));
  show("floor " + x, Math.floor(x));
  show("ceil " + x, Math.ceil(x));
  show("abs " + x, Math.abs(x));
  show("trunc " + x, Math.trunc(x));
  show("round " + x, Math.round(x));
  for (let j = 0; j < edge.length; j += 3) {
    const y = edge[j];
    show("min " + x + " " + y, Math.min(x, y));
    show("max " + x + " " + y, Math.max(x, y));
  }
}

// Non-number arguments go through ToNumber in the generic call.
const valueOfCalls = [];
const object = { valueOf() { valueOfCalls.push("valueOf"); return 16; } };
show("sqrt string", Math.sqrt("25"));
show("sqrt object", Math.sqrt(object));
show("floor undefined", Math.floor(undefined));
show("ceil null", Math.ceil(null));
show("abs true", Math.abs(true));
show("max strings", Math.max("3", "10"));
show("min object", Math.min(object, 20));
console.log(valueOfCalls.join(","));
try {
  Math.sqrt(Symbol("s"));
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  Math.max(1n, 2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Missing and extra arguments.
show("sqrt()", Math.sqrt());
show("sqrt extra", Math.sqrt(49, 1, 2));
show("min one", Math.min(4));
show("max three", Math.max(1, 7, 3));
show("max none", Math.max());

// One site, first the intrinsic, then a replacement, then the intrinsic again.
function root(x) {
  return Math.sqrt(x);
}
let sum = 0;
for (let i = 0; i < 1000; i++) sum += root(i);
show("sum", sum);
const original = Math.sqrt;
Math.sqrt = function (x) {
  return "replaced " + x;
};
show("replaced", root(4));
Math.sqrt = original;
show("restored", root(4));

// A local binding named Math.
function local() {
  const Math = { floor: (x) => "local floor " + x, max: (a, b) => a + b };
  return [Math.floor(2.5), Math.max(1, 2)];
}
console.log(local().join("|"));

// `this` and a getter for the function.
let reads = 0;
const sneaky = Object.create(null);
Object.defineProperty(sneaky, "abs", { get() { reads++; return (x) => x * 100; } });
function viaGetter(o) {
  return o.abs(-2);
}
show("getter", viaGetter(sneaky));
console.log("reads", reads);

// Not callable.
const broken = { sqrt: 5 };
try {
  broken.sqrt(4);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
globalThis.Math.floor = 7;
try {
  Math.floor(1.5);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
