// reduce and reduceRight with and without initial values.
const a = [1, 2, 3, 4];
console.log(a.reduce((acc, x) => acc + x), a.reduce((acc, x) => acc + x, 10));
console.log(a.reduce((acc, x, i) => acc + "[" + i + "]" + x, ""), a.reduceRight((acc, x) => acc + x, ""));
console.log([[1, 2], [3], [4, 5]].reduce((acc, x) => acc.concat(x), []));
console.log([7].reduce((a, b) => a + b), [].reduce((a, b) => a + b, "init"));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  [].reduceRight((a, b) => a + b);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(["a", "b", "c"].reduceRight((acc, x) => acc + x));
