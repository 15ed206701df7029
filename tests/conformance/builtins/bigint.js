const a = 123456789012345678901234567890n;
const b = 0x1fn, c = 0o17n, d = 0b101n, e = 1_000n;
console.log(a, b, c, d, e, typeof a, [1n, -2n], { big: 3n });
console.log(a * a, a + 1n, a - a, -a, ~5n, 7n / 2n, -7n / 2n, 7n % 3n, -7n % 3n, 2n ** 100n);
console.log(5n << 3n, -5n >> 1n, 5n & 3n, 5n | 3n, 5n ^ 3n, 1n << -1n, -9n >> 2n);
let i = 0n; i++; ++i; i--; i += 5n; console.log(i);
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 2n > 1.5, '10' == 10n, 10n > '9', 1n == '1', 0n == '', NaN < 1n);
console.log(1n ? 'truthy' : 'falsy', 0n ? 'truthy' : 'falsy', !0n, Boolean(-1n));
console.log(String(a), `${b}`, a.toString(16), (255n).toString(2), (-255n).toString(36), b + 'x');
console.log(BigInt(42), BigInt('0x10'), BigInt(' 12 '), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt(2 ** 70));
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log(Number(a), Number(5n), parseInt('5n'), (12345678901234567890n).toLocaleString());
console.log(Object(1n), typeof Object(1n), Object(1n) + 1n, 10n.valueOf(), Object.prototype.toString.call(1n));
const m = new Map([[1n, 'one']]); console.log(m.get(1n), new Set([1n, 1n, 2n]).size, [1n, 2n].includes(2n), [3n].indexOf(3n));
for (const thunk of [() => 1n + 1, () => BigInt(1.5), () => BigInt('x'), () => 1n / 0n, () => 2n ** -1n, () => +1n, () => 1n >>> 0n, () => new BigInt(1), () => JSON.stringify({ a: 1n }), () => Math.max(1n), () => BigInt(Symbol()), () => BigInt(undefined), () => BigInt(null), () => BigInt(NaN)]) {
  try { console.log(thunk()); } catch (err) { console.log(err.name + ': ' + err.message); }
}
console.log([3n, 1n, 2n].sort(), [3n, 1n, 10n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
