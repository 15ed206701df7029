// Intl.NumberFormat in en-US: styles, notations, digit options, sign display, parts, ranges.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
const nf = (options) => new Intl.NumberFormat('en-US', options);
for (const v of [0, -0, 1, -1234.5678, 1234567.891, 0.000123, 1e21, NaN, Infinity, -Infinity, 123456789012345678901234567890n])
  show('default ' + String(v), () => nf().format(v));
for (const c of ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'INR', 'xyz'])
  for (const display of ['symbol', 'narrowSymbol', 'code', 'name'])
    show(c + ' ' + display, () => [nf({ style: 'currency', currency: c, currencyDisplay: display }).format(-1234.5), nf({ style: 'currency', currency: c, currencyDisplay: display, currencySign: 'accounting' }).format(-1)]);
show('percent', () => [nf({ style: 'percent' }).format(0.1234), nf({ style: 'percent', maximumFractionDigits: 2 }).format(0.12345), nf({ style: 'percent', signDisplay: 'exceptZero' }).format(0)]);
for (const unit of ['kilometer-per-hour', 'celsius', 'byte', 'megabyte', 'second', 'hour', 'day', 'liter', 'mile-per-gallon', 'inch', 'gigabit-per-second'])
  show(unit, () => ['short', 'long', 'narrow'].map((unitDisplay) => [1, 2.5].map((v) => nf({ style: 'unit', unit, unitDisplay }).format(v)).join(' / ')));
for (const v of [999, 1000, 1234, 99999, 999999, 1234567, 1.5e12, 2e15, -4321, 0.5])
  show('notations ' + v, () => [nf({ notation: 'compact' }).format(v), nf({ notation: 'compact', compactDisplay: 'long' }).format(v), nf({ notation: 'scientific' }).format(v), nf({ notation: 'engineering' }).format(v)]);
for (const signDisplay of ['auto', 'always', 'never', 'exceptZero', 'negative'])
  show('sign ' + signDisplay, () => [-1, -0, 0, 1, NaN, -0.0001].map((v) => nf({ signDisplay }).format(v)));
show('digits', () => [nf({ minimumIntegerDigits: 3 }).format(5.5), nf({ minimumFractionDigits: 2 }).format(1), nf({ maximumFractionDigits: 0 }).format(2.5), nf({ maximumSignificantDigits: 2 }).format(1234.5), nf({ minimumSignificantDigits: 4 }).format(1.5), nf({ useGrouping: false }).format(1234567.8), nf({ useGrouping: 'min2' }).format(1234), nf({ roundingIncrement: 5, maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(1.234), nf({ roundingMode: 'floor', maximumFractionDigits: 0 }).format(2.7), nf({ trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(2)]);
show('priority', () => [nf({ maximumSignificantDigits: 2, maximumFractionDigits: 2, roundingPriority: 'lessPrecision' }).format(1.2345), nf({ maximumSignificantDigits: 2, maximumFractionDigits: 1, roundingPriority: 'morePrecision' }).format(1.2345)]);
show('string input', () => [nf().format('1234.5678'), nf().format('1e3'), nf().format(' 42 '), nf().format('abc')]);
show('parts currency', () => nf({ style: 'currency', currency: 'USD' }).formatToParts(-1234.5));
show('parts compact', () => nf({ notation: 'compact', compactDisplay: 'long' }).formatToParts(-1200));
show('parts scientific', () => nf({ notation: 'scientific' }).formatToParts(-0.000123));
show('parts unit', () => nf({ style: 'unit', unit: 'kilometer-per-hour' }).formatToParts(12345));
show('range', () => [nf().formatRange(1, 5), nf({ style: 'currency', currency: 'USD' }).formatRange(3, 5), nf({ maximumFractionDigits: 0 }).formatRange(2.9, 3.1), nf({ style: 'percent' }).formatRange(0.03, 0.05), nf({ style: 'unit', unit: 'meter' }).formatRange(3, 5), nf({ style: 'currency', currency: 'USD', currencyDisplay: 'code' }).formatRange(3, 5), nf().formatRange(-5, -3)]);
show('range parts', () => nf().formatRangeToParts(1, 5));
show('resolved', () => nf({ style: 'currency', currency: 'eur', notation: 'compact' }).resolvedOptions());
show('resolved unit', () => nf({ style: 'unit', unit: 'liter', maximumSignificantDigits: 3 }).resolvedOptions());
show('resolved other locale', () => [new Intl.NumberFormat('en').resolvedOptions().locale, new Intl.NumberFormat().resolvedOptions().locale]);
const bound = nf().format;
show('bound format', () => [1, 22, 333333].map(bound));
show('called without new', () => Intl.NumberFormat('en-US', { style: 'percent' }).format(0.5));
show('toStringTag', () => Object.prototype.toString.call(nf()));
show('supportedLocalesOf', () => Intl.NumberFormat.supportedLocalesOf(['en-US', 'en']));
