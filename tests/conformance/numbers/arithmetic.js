// Basic arithmetic including remainder signs.
console.log(7 + 3, 7 - 10, 6 * 7, 7 / 2, -7 / 2);
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, 0.3 % 0.1, 10 % 0.1);
console.log(-4 % 2, 4 % -2, 1 % Infinity, Infinity % 1, 5 % 0);
console.log(0.1 * 0.2, 1e16 + 1, 1e16 + 2, 3 * 1.1);
let total = 0;
for (let i = 0; i < 10; i++) total += 0.1;
console.log(total, total === 1);
