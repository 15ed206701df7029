// some and every short-circuit.
const a = [2, 4, 5, 8];
console.log(a.some((x) => x % 2), a.every((x) => x % 2 === 0), a.every((x) => x > 0));
console.log([].some(() => true), [].every(() => false));
const seen = [];
a.some((x) => {
  seen.push(x);
  return x === 4;
});
console.log(seen);
