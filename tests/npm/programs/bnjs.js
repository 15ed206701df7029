const BN = require('bn.js');
const a = new BN('dead', 16), b = new BN('101010', 2);
console.log(a.add(b).toString(10), a.mul(b).toString(16), a.pow(new BN(5)).toString(), a.sqr().toString(36), a.div(b).toString(), a.mod(b).toString(), a.shln(70).toString(16));
const big = new BN('123456789012345678901234567890');
console.log(big.mul(big).toString(), big.toArrayLike(Buffer, 'be', 16).toString('hex'), big.bitLength(), big.gcd(new BN(1234567890)).toString(), big.invm(new BN(97)).toString());
console.log(new BN(-5).toTwos(8).toString(2), new BN(255).fromTwos(8).toString(), new BN(7).cmp(new BN(9)), new BN(0).isZero(), big.toNumber === undefined, new BN(12345).toJSON(), new BN('ff', 16).and(new BN(0x0f)).toString());
const red = BN.red(new BN(97)); console.log(new BN(5).toRed(red).redPow(new BN(96)).fromRed().toString(), new BN(3).toRed(red).redInvm().fromRed().toString());
try { new BN(2 ** 54).toString(); new BN(1).toNumber(); new BN('1'.repeat(30)).toNumber(); } catch (e) { console.log(e.name, e.message); }
