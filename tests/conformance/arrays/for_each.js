// forEach visits present elements with value, index and array.
const out = [];
["a", "b", "c"].forEach(function (v, i, arr) {
  out.push(v + i + arr.length);
});
console.log(out);
let count = 0;
[1, , , 4].forEach(() => count++);
console.log(count, [1].forEach(() => 1));
const ctx = { total: 0 };
[1, 2, 3].forEach(function (n) {
  this.total += n;
}, ctx);
console.log(ctx.total);
