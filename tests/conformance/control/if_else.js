// if / else if / else chains.
function grade(score) {
  if (score >= 90) {
    return "A";
  } else if (score >= 80) {
    return "B";
  } else if (score >= 70) return "C";
  else return "F";
}
console.log(grade(95), grade(85), grade(75), grade(10));
let x = 0;
if (x) console.log("not printed");
else console.log("else branch");
if (x === 0) if (false) console.log("no"); else console.log("dangling else binds inner");
if ("") {} else { console.log("empty string is falsy"); }
