// Equality against null, undefined and boolean constants is compiled as a compare of bits;
// every kind of value on the other side, both ways round, strict and loose.
const values = [null, undefined, true, false, 0, -0, 1, NaN, "", "null", "undefined", "true", "1", 0n, 1n,
  {}, [], [0], () => 0, Symbol("s"), new Boolean(false), Object(1n)];
const rows = [];
for (const v of values) {
  rows.push([
    v === null, null === v, v !== null, null !== v,
    v === undefined, undefined === v, v !== undefined,
    v == null, null == v, v != null, undefined == v, v != undefined,
    v === true, false === v, v !== false,
    v == true, v == false, false != v,
  ].map((b) => (b ? 1 : 0)).join(""));
}
console.log(rows.join("\n"));
let count = 0;
for (let i = 0; i < 100; i++) {
  const v = i % 3 === 0 ? null : i % 3 === 1 ? undefined : i;
  if (v == null) count++;
  if (v === undefined) count += 10;
  if (v !== null && v != undefined) count += 100;
}
console.log(count);
