// Infinity arithmetic and comparisons.
console.log(1 / 0, -1 / 0, Infinity, -Infinity);
console.log(Infinity + 1, Infinity - 1e308, Infinity * -2, Infinity / Infinity);
console.log(Infinity > 1e308, -Infinity < -1e308, Infinity === Infinity);
console.log(1e308 * 10, -1e308 * 10, 2 ** 1024, 1 / Infinity, -1 / Infinity);
console.log(String(Infinity), Number("Infinity"), Number("-Infinity"), Number("infinity"));
console.log(isFinite(Infinity), isFinite(1e308), Number.isFinite("5"), isFinite("5"));
