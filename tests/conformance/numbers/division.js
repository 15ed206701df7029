// Division results are doubles, never truncated integers.
console.log(7 / 2, -7 / 2, 1 / 3 * 3, 6 / 3, 0 / 5, 0 / -5);
console.log(Math.floor(7 / 2), Math.trunc(-7 / 2), (7 / 2) | 0, ~~(-7 / 2));
console.log(1 / 10, 3 / 10, 22 / 7, 1e300 / 1e-10, 1e-300 / 1e300);
