// Differential check of Intl.NumberFormat: a seeded generator combines options with values;
// each group of 10 results is one line with a hash, so any difference from node shows up as
// a changed line (the first differing group also prints its inputs below the hashes).
let seed = 20240305;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function pick(list) {
  return list[random(list.length)];
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 1.0005, 12.345, 99.995, 999.5, 999.9996, 1234.5678,
  -98765.4321, 1e6, 1234567.891, 0.000123, 1e-7, 123456789012, 1e21, 9.999e15, NaN, Infinity, -Infinity, 42, 0.1 + 0.2,
  5e-324, 1.7976931348623157e308, 100, 0.01, 0.999, 999999, 12345678901234567890n, -42n, '1234.5678', '0.00001'];
const choices = {
  style: [undefined, 'decimal', 'percent', 'currency', 'unit'],
  currency: ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'INR', 'KRW', 'BHD'],
  currencyDisplay: [undefined, 'symbol', 'narrowSymbol', 'code', 'name'],
  currencySign: [undefined, 'standard', 'accounting'],
  unit: ['kilometer-per-hour', 'celsius', 'byte', 'kilobyte', 'second', 'day', 'liter', 'mile-per-gallon', 'percent', 'foot', 'gigabyte-per-second'],
  unitDisplay: [undefined, 'short', 'long', 'narrow'],
  notation: [undefined, undefined, 'standard', 'scientific', 'engineering', 'compact'],
  compactDisplay: [undefined, 'short', 'long'],
  signDisplay: [undefined, 'auto', 'always', 'never', 'exceptZero', 'negative'],
  useGrouping: [undefined, true, false, 'min2', 'always', 'auto'],
  minimumIntegerDigits: [undefined, undefined, 1, 3],
  minimumFractionDigits: [undefined, undefined, 0, 2, 4],
  maximumFractionDigits: [undefined, undefined, 0, 2, 5],
  minimumSignificantDigits: [undefined, undefined, undefined, 1, 3],
  maximumSignificantDigits: [undefined, undefined, undefined, 2, 5],
  roundingMode: [undefined, undefined, 'ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfTrunc', 'halfEven'],
  roundingPriority: [undefined, undefined, 'morePrecision', 'lessPrecision'],
  trailingZeroDisplay: [undefined, undefined, 'stripIfInteger'],
};
function generateOptions() {
  const options = {};
  for (const key of Object.keys(choices)) {
    const value = pick(choices[key]);
    if (value !== undefined) options[key] = value;
  }
  return options;
}
const lines = [];
let group = [];
let firstDiffInputs = [];
for (let i = 0; i < 2000; i++) {
  const options = generateOptions();
  const value = pick(values);
  let out;
  try {
    const nf = new Intl.NumberFormat('en-US', options);
    out = nf.format(value) + ' | ' + nf.formatToParts(value).map((p) => p.type).join(',');
    if (i % 7 === 0) out += ' | ' + JSON.stringify(nf.resolvedOptions());
  } catch (e) {
    out = e.name + ': ' + e.message;
  }
  group.push(out);
  firstDiffInputs.push(JSON.stringify(options) + ' ' + String(value) + ' => ' + out);
  if (group.length === 10) {
    lines.push(hash(group.join('\n')));
    group = [];
  }
}
console.log(lines.join('\n'));
// A sample of the full results, for reading.
for (let i = 0; i < firstDiffInputs.length; i += 50) console.log(firstDiffInputs[i]);
