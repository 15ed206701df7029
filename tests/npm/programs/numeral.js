const numeral = require('numeral');
for (const [v, f] of [[10000, '0,0.0000'], [10000.23, '0,0'], [-10000, '+0,0'], [0.23, '0.00%'], [1230974, '0.0a'], [3467479682787, '$0,0.00'], [1024 * 1024 * 3, '0.0 b'], [1024 * 1024 * 3, '0.00 ib'], [1, '0o'], [22, '0o'], [1e-7, '0.000e+0'], [63846, '00:00:00'], [-0.5, '(0.00)']])
  console.log(v, f, numeral(v).format(f));
console.log(numeral('1,234.56').value(), numeral('23rd').value(), numeral('-76%').value(), numeral('3.2k').value(), numeral(5).add(3).multiply(2).value(), numeral(null).format('0'));
numeral.register('locale', 'xx', { delimiters: { thousands: ' ', decimal: ',' }, abbreviations: { thousand: 'k', million: 'm', billion: 'b', trillion: 't' }, ordinal: () => '.', currency: { symbol: '€' } });
numeral.locale('xx'); console.log(numeral(1234567.891).format('0,0.00 $'), numeral(12).format('0o'));
