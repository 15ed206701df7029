// Intl option and argument errors, with node's messages.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
show('currency code', () => new Intl.NumberFormat('en', { style: 'currency', currency: 'usd1' }));
show('currency missing', () => new Intl.NumberFormat('en', { style: 'currency' }));
show('fraction range', () => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }));
show('fraction order', () => new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 2 }));
show('significant range', () => new Intl.NumberFormat('en', { maximumSignificantDigits: 0 }));
show('integer range', () => new Intl.NumberFormat('en', { minimumIntegerDigits: 22 }));
show('style', () => new Intl.NumberFormat('en', { style: 'bogus' }));
show('unit missing', () => new Intl.NumberFormat('en', { style: 'unit' }));
show('unit unknown', () => new Intl.NumberFormat('en', { style: 'unit', unit: 'parsec' }));
show('notation', () => new Intl.NumberFormat('en', { notation: 'x' }));
show('rounding increment', () => new Intl.NumberFormat('en', { roundingIncrement: 3 }));
show('rounding increment fraction', () => new Intl.NumberFormat('en', { roundingIncrement: 5, maximumFractionDigits: 2 }));
show('bad tag', () => new Intl.NumberFormat('x-bad'));
show('empty tag', () => new Intl.NumberFormat(''));
show('underscore tag', () => Intl.getCanonicalLocales(['en_US']));
show('tag type', () => Intl.getCanonicalLocales([5]));
show('toLocaleString tag', () => (1).toLocaleString('xx-invalid-'));
show('format symbol', () => new Intl.NumberFormat('en').format(Symbol()));
show('time zone', () => new Intl.DateTimeFormat('en', { timeZone: 'Mars/Base' }));
show('style and component', () => new Intl.DateTimeFormat('en', { dateStyle: 'full', year: 'numeric' }));
show('dateStyle value', () => new Intl.DateTimeFormat('en', { dateStyle: 'x' }));
show('hour value', () => new Intl.DateTimeFormat('en', { hour: 'x' }));
show('fractional digits', () => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }));
show('format NaN', () => new Intl.DateTimeFormat('en').format(NaN));
show('range missing', () => new Intl.DateTimeFormat('en').formatRange(1));
show('range NaN', () => new Intl.DateTimeFormat('en').formatRange(NaN, 1));
show('collator sensitivity', () => new Intl.Collator('en', { sensitivity: 'x' }));
show('segmenter granularity', () => new Intl.Segmenter('en', { granularity: 'line' }));
show('plural type', () => new Intl.PluralRules('en', { type: 'x' }));
show('relative unit', () => new Intl.RelativeTimeFormat('en').format(1, 'fortnight'));
show('relative infinite', () => new Intl.RelativeTimeFormat('en').format(Infinity, 'day'));
show('list item', () => new Intl.ListFormat('en').format([1]));
show('list style', () => new Intl.ListFormat('en', { type: 'unit', style: 'x' }));
show('supportedValuesOf', () => Intl.supportedValuesOf('x'));
show('display names type', () => new Intl.DisplayNames('en', {}));
show('receiver', () => Intl.DateTimeFormat.prototype.resolvedOptions.call(1));
show('receiver object', () => Intl.NumberFormat.prototype.formatToParts.call({}, 1));
show('new required', () => Intl.PluralRules());
