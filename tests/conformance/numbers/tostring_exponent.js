// Switching between fixed and exponential notation at 1e21 and 1e-7.
console.log(1e20, 1e21, 1e22, 123456789012345680000, 1234567890123456789012);
console.log(1e-6, 1e-7, 1.5e-7, 0.000001234, 0.0000001234);
console.log(-1e21, -1e-7, 2 ** 53, 2 ** 64, 2 ** 70);
console.log(1e300 * 10, 1e308 * 10, 1.5e300, 3e-300);
console.log(String(1e21), String(1e-7), "" + 2e25);
console.log(999999999999999999999, 100000000000000000000);
