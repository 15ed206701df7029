// Shift counts are taken modulo 32.
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1);
console.log(-16 >> 2, -16 >>> 2, -1 >>> 0, -1 >>> 28, 16 >> 33);
console.log(0x80000000 >> 0, 0x80000000 >>> 0, 255 << 24, (255 << 24) >>> 0);
console.log(5.7 << 1, "3" << "2", null << 1, 1 >>> 32);
