const { BigNumber } = require('bignumber.js');
const x = new BigNumber(123.4567), y = BigNumber('123456.7e-3');
console.log(x.plus(y).toString(), x.minus(0.1).toString(), x.times(y).toFixed(8), x.div(3).toString(), x.isEqualTo(y));
console.log(new BigNumber('ff.8', 16).toString(10), new BigNumber(255.5).toString(2), new BigNumber('1e+100').toFixed(), new BigNumber(2).pow(100).toString());
const B = BigNumber.clone({ DECIMAL_PLACES: 5, ROUNDING_MODE: BigNumber.ROUND_DOWN, FORMAT: { groupSize: 3, groupSeparator: ',', decimalSeparator: '.' } });
console.log(new B(1).div(3).toString(), new B('1234567.891').toFormat(2), new B(-2.5).integerValue(BigNumber.ROUND_HALF_CEIL).toString(), new B(9).sqrt().toString());
console.log(BigNumber.maximum(1, 7, 3).toString(), new BigNumber(NaN).isNaN(), new BigNumber(1).div(0).toString(), new BigNumber('0.1').plus('0.2').toJSON());
console.log(new BigNumber('3.14159').decimalPlaces(), new BigNumber(10).modulo(3).toString(), new BigNumber('12.3456').shiftedBy(2).toString(), new BigNumber('-0.000001234').toExponential(2));
