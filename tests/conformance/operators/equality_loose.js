// Abstract (loose) equality between every pair of a set of values.
const labels = ["0", "-0", "1", "''", "'0'", "'1'", "' '", "true", "false", "null", "undef", "NaN", "[]", "[0]", "[1]", "{}", "'a'"];
const values = [0, -0, 1, "", "0", "1", " ", true, false, null, undefined, NaN, [], [0], [1], {}, "a"];
for (let i = 0; i < values.length; i++) {
  let row = labels[i].padEnd(6) + ":";
  for (let j = 0; j < values.length; j++) {
    row += values[i] == values[j] ? " 1" : " .";
  }
  console.log(row);
}
const o = {};
console.log(o == o, o == {}, o == "[object Object]", [1, 2] == "1,2", null == 0, undefined == 0);
