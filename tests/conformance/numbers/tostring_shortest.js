// Shortest round-trip decimal representation of doubles.
console.log(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1.1 * 1.1);
console.log(1 / 3, 2 / 3, 100 / 3, 10 / 7);
console.log(0.7 + 0.1, 4.35 * 100, 1.005 * 1000, 9.95);
console.log(String(0.1 + 0.2), (0.1 + 0.2).toString());
console.log(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308);
