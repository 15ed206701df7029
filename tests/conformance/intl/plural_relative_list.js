// Intl.PluralRules, Intl.RelativeTimeFormat, Intl.ListFormat, Intl.getCanonicalLocales,
// Intl.supportedValuesOf, Intl.DisplayNames' options.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
show('cardinal', () => [0, 1, 1.0, '1', 1.5, -1, 2, 1e21].map((n) => new Intl.PluralRules('en').select(n)));
show('cardinal fraction digits', () => [new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1), new Intl.PluralRules('en', { maximumSignificantDigits: 1 }).select(1.2)]);
show('ordinal', () => [0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1.5].map((n) => new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)));
show('selectRange', () => [new Intl.PluralRules('en').selectRange(1, 2), new Intl.PluralRules('en').selectRange(0, 1)]);
show('plural resolved', () => [new Intl.PluralRules().resolvedOptions(), new Intl.PluralRules('en', { type: 'ordinal', maximumSignificantDigits: 2 }).resolvedOptions()]);
for (const style of ['long', 'short', 'narrow'])
  for (const numeric of ['always', 'auto'])
    show(`relative ${style} ${numeric}`, () => ['second', 'minutes', 'hour', 'day', 'weeks', 'month', 'quarter', 'year'].map((unit) => [-2, -1, -0, 0, 1, 2.5, 1000].map((v) => new Intl.RelativeTimeFormat('en', { style, numeric }).format(v, unit)).join(' | ')));
show('relative parts', () => [new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'days'), new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(1, 'day'), new Intl.RelativeTimeFormat('en').formatToParts(3, 'hours')]);
show('relative resolved', () => new Intl.RelativeTimeFormat('en-US', { style: 'short', numeric: 'auto' }).resolvedOptions());
for (const type of ['conjunction', 'disjunction', 'unit'])
  for (const style of ['long', 'short', 'narrow'])
    show(`list ${type} ${style}`, () => [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => new Intl.ListFormat('en', { type, style }).format(l)));
show('list parts', () => new Intl.ListFormat('en').formatToParts(new Set(['x', 'y', 'z'])));
show('list resolved', () => new Intl.ListFormat('en-US', { type: 'unit' }).resolvedOptions());
show('getCanonicalLocales', () => [Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'de-DE-u-co-phonebk', 'en-US']), Intl.getCanonicalLocales('EN'), Intl.getCanonicalLocales()]);
show('supportedValuesOf', () => [Intl.supportedValuesOf('unit').length, Intl.supportedValuesOf('currency').includes('USD'), Intl.supportedValuesOf('timeZone').includes('America/New_York'), Intl.supportedValuesOf('numberingSystem').includes('latn')]);
show('toStringTag', () => [Intl[Symbol.toStringTag], Object.prototype.toString.call(Intl), typeof Intl.DateTimeFormat.supportedLocalesOf]);
show('display names options', () => new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions());
