// Allocates about three million short-lived objects, arrays and strings and prints a checksum.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
let checksum = 0;
let keep = null;
for (let i = 0; i < 1000000; i++) {
  const p = new Point(i, i * 2);
  const pair = [p.x, p.y, i & 7];
  const label = "p" + (i % 1000);
  checksum = (checksum + p.x + pair[1] + pair[2] + label.length) % 1000000007;
  if (i % 100000 === 0) keep = { label, pair, prev: keep };
}
let chain = 0;
for (let k = keep; k !== null; k = k.prev) chain += k.pair[0];
console.log(checksum, chain);
const survivors = [];
for (let round = 0; round < 50; round++) {
  const temp = [];
  for (let j = 0; j < 2000; j++) temp.push({ v: j, s: String(j) });
  survivors.push(temp[round * 10].s);
}
console.log(survivors.length, survivors.slice(0, 5).join(","), survivors[49]);
let s = 0;
for (let i = 0; i < 200000; i++) {
  const parts = ["a", String(i), "b"].join("-").split("-");
  s += parts[1].length;
}
console.log(s);
