// A sweep over many values to exercise shortest round-trip formatting.
const out = [];
for (let i = 1; i <= 20; i++) out.push(String(i / 7));
console.log(out.join(" "));
const tens = [];
for (let e = -12; e <= 25; e++) tens.push(String(10 ** e), String(1.5 * 10 ** e));
console.log(tens.join(" "));
const mult = [];
let x = 1;
for (let i = 0; i < 30; i++) {
  x = x * 1.1;
  mult.push(String(x));
}
console.log(mult.join(" "));
const halves = [];
for (let i = 0; i < 12; i++) halves.push(String(1 / 2 ** (i * 5)));
console.log(halves.join(" "));
