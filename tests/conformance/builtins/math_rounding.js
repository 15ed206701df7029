// Math.floor, ceil, round and trunc.
const values = [2.5, 3.5, -2.5, -3.5, 2.4, -2.6, 0.49999999999999994, -0.5, -0.4, 0, -0];
for (const v of values) {
  console.log(v, Math.floor(v), Math.ceil(v), Math.round(v), Math.trunc(v));
}
console.log(Math.floor("7.9"), Math.round(null), Math.ceil(undefined), Math.trunc(1e21 + 0.5));
