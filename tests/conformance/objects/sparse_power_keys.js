// Index keys far apart (flag enums keyed by powers of two, as TypeScript's compiler builds
// them) stay cheap; dense and sparse elements keep their order and values.
const flags = {};
for (let i = 0; i <= 31; i++) flags[2 ** i] = 'flag' + i;
console.log(Object.keys(flags).length, flags[1], flags[2 ** 30], flags[2 ** 31], Object.keys(flags).slice(-3));
const list = [];
for (let i = 0; i <= 30; i++) list[2 ** i] = i;
console.log(list.length, list[1 << 30], Object.keys(list).length);
const arr = [1, 2, 3];
arr[2000] = 'far';
arr[1100] = 'mid';
arr[4] = 'near';
console.log(arr.length, Object.keys(arr), arr.join('').length);
const grown = [];
for (let i = 0; i < 5000; i += 3) grown[i] = i;
console.log(grown.length, grown.reduce((a, b) => a + b, 0));
const backwards = [];
for (let i = 3000; i >= 0; i -= 1) backwards[i] = i;
console.log(backwards.length, backwards[0], backwards[3000], backwards.slice(1, 4));
