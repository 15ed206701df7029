const Decimal = require('decimal.js');
const a = new Decimal('0.1'), b = new Decimal('0.2');
console.log(a.plus(b).toString(), a.plus(b).equals(0.3), 0.1 + 0.2);
console.log(new Decimal(2).sqrt().toFixed(30));
console.log(Decimal.set({ precision: 50 }).div(1, 7).toString());
const D = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_EVEN });
console.log(new D('123.456789').toSignificantDigits(5).toString(), new D(2.5).round().toString(), new D(3.5).round().toString());
console.log(new Decimal('1e-30').toExponential(), new Decimal('12345.6789').toFormat ? 'fmt' : 'nofmt', new Decimal(255).toHexadecimal(), new Decimal('0xff').toNumber());
console.log(Decimal.exp(1).toString(), Decimal.ln(10).toPrecision(20), new Decimal(-7).mod(3).toString(), new Decimal(10).pow(-3).toString());
console.log(Decimal.max(1, '5', new Decimal(3)).toString(), new Decimal('1.23e+500').times('1e-400').toString(), new Decimal(1).div(0).toString());
try { new Decimal('abc'); } catch (e) { console.log(e.name, e.message); }
