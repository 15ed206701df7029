// toFixed, toPrecision, toExponential, toString(radix), toLocaleString, and their errors.
const xs = [0, -0, 1.5, -1.5, 123.456, 0.000001234, 1e21, -1e-7, 5e-324, NaN, Infinity];
for (const x of xs) {
  console.log(String(x), x.toFixed(2), x.toPrecision(3), x.toExponential(2), x.toExponential(), x.toPrecision());
}
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(36), (1e21).toString(7), (-0).toString(2), NaN.toString(16));
console.log((1234567.891).toLocaleString(), (0.0005).toLocaleString(), (1.0005).toLocaleString(), (-1234.5678).toLocaleString(), (1e21).toLocaleString(), Infinity.toLocaleString(), (-0).toLocaleString(), NaN.toLocaleString());
console.log((12).toLocaleString(), (999.9995).toLocaleString(), (0.1 + 0.2).toLocaleString(), new Number(4321).toLocaleString());
console.log((25).toFixed(), (2.5).toFixed(), (1.005).toFixed(2), (1.45).toFixed(1), (123.456).toFixed(10), (0).toFixed(1), (1e20).toFixed(2));
console.log((1.5).toFixed("1"), (1.5).toFixed(1.9), (1.5).toPrecision("2"), (15).toExponential(undefined), new Number(7).valueOf(), typeof new Number(7).valueOf());
const p = Number.prototype;
console.log(p.toFixed.length, p.toPrecision.length, p.toExponential.length, p.toLocaleString.length, p.toString.length, p.valueOf.length);
for (const t of [
  () => (1).toFixed(101),
  () => (1).toFixed(-1),
  () => (1).toFixed(Infinity),
  () => (1).toPrecision(0),
  () => (1).toPrecision(101),
  () => (1).toExponential(-1),
  () => Infinity.toExponential(-1),
  () => NaN.toPrecision(0),
  () => (1).toString(1),
  () => (1).toString(37),
  () => p.toFixed.call("1", 1),
  () => p.toPrecision.call(null),
  () => p.toExponential.call({}),
  () => p.toLocaleString.call("x"),
  () => p.valueOf.call(true),
]) {
  try {
    console.log("no error", t());
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
