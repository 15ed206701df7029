// Bitwise operators convert to 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(-5 & 0xff, -1 | 0, 2 ** 32 + 5 | 0, 2 ** 31 | 0, 2 ** 31 - 1 | 0);
console.log(3.9 | 0, -3.9 | 0, NaN | 0, Infinity | 0, "12" | 0, "0x10" | 0);
console.log(1e21 | 0, 4294967295 & 4294967295, 0xffffffff >>> 0);
console.log(~~12.7, ~~-12.7, ~"7", ~null, ~undefined);
