function collect(first, ...rest) { return `${first}|${rest.join(',')}|${rest.length}`; }
console.log(collect(1), collect(1, 2, 3), collect(...'abc'), collect(...[1, 2], ...[3]));
const arr = [3, 1, 2];
console.log(Math.min(...arr), [...arr, ...arr].length, new Array(...[5]).length);
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, Object.keys(rest).join(), { ...rest, d: 4, b: 9 }.b);
const [x, , ...ys] = [1, 2, 3, 4];
console.log(x, ys.join());
function Point(x, y) { this.x = x; this.y = y; }
const p = new Point(...[1, 2]);
console.log(p.x + p.y);
console.log((function () { return new.target === undefined; })(), new (function () { this.t = new.target !== undefined; })().t);
