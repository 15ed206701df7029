const Long = require('long');
const a = Long.fromString('9223372036854775807'), b = Long.fromNumber(-42);
console.log(a.toString(), a.add(1).toString(), b.toUnsigned().toString(), a.multiply(3).toString(16), Long.fromBits(0xffffffff, 0x7fffffff).equals(a));
console.log(Long.fromString('ffffffffffffffff', true, 16).toString(), b.shiftRightUnsigned(1).toString(), b.shiftLeft(40).toString(), Long.MIN_VALUE.negate().toString(), Long.UZERO.subtract(1).toString());
console.log(Long.fromValue({ low: 1, high: 2, unsigned: false }).toString(), a.div(1000000).toString(), a.mod(97).toNumber(), a.toBytesBE().slice(0, 4), Long.fromBytesLE([1, 0, 0, 0, 0, 0, 0, 0]).toInt(), b.isNegative(), a.compare(b), a.countLeadingZeros(), Long.fromInt(6).rotl(62).toString());
