// -0 is printed as -0 by console.log but as 0 by String conversion.
const nz = -0;
console.log(nz, [nz], { z: nz });
console.log(String(nz), nz + "", `${nz}`, nz.toString());
console.log(nz === 0, nz == 0, 1 / nz, 1 / 0);
console.log(0 * -1, -0 + 0, -0 - 0, -0 * -0);
console.log(Math.round(-0.4), -4 % 2, -Number.MIN_VALUE / 2);
console.log((-0).toFixed(2), (-0.0001).toFixed(2), JSONish(-0));
function JSONish(x) {
  return "[" + x + "]";
}
