// Integers beyond 2^53 lose precision.
const max = Number.MAX_SAFE_INTEGER;
console.log(max, max + 1, max + 2, max + 3);
console.log(9007199254740993, 9007199254740992 === 9007199254740993);
console.log(2 ** 53 + 1 === 2 ** 53, 12345678901234567890);
console.log(123456789 * 987654321, 1e15 + 0.3, 4294967296 * 4294967296);
console.log(Number.MIN_SAFE_INTEGER, -(2 ** 63));
