// try/catch inside a loop handles each iteration separately.
const inputs = ["1", "x", "3", "", "5"];
let total = 0;
const errors = [];
for (const s of inputs) {
  try {
    const n = Number(s);
    if (s === "" || n !== n) throw new Error("bad input '" + s + "'");
    total += n;
  } catch (e) {
    errors.push(e.message);
    continue;
  }
}
console.log(total, errors);
