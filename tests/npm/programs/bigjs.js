const Big = require('big.js');
const x = new Big('123.4567');
console.log(x.plus('0.0001').toString(), x.times(3).toFixed(2), x.div(7).toPrecision(10), x.minus(200).abs().toString());
Big.DP = 30; Big.RM = Big.roundHalfEven;
console.log(new Big(1).div(3).toString(), new Big(2).sqrt().toString(), new Big('2.5').round().toString(), new Big('1e21').toString(), new Big('1e-7').toString());
console.log(x.cmp(100), x.gt(123), x.eq('123.4567'), new Big(-0).toString(), Big(10).pow(20).toString(), JSON.stringify({ v: new Big('9.99') }));
try { new Big('NaN'); } catch (e) { console.log(e.name, e.message); }
