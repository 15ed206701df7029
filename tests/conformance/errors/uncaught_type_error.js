// An uncaught TypeError from a bad call exits with code 1.
console.log("line 1");
const o = {};
console.log("line 2");
o.notThere();
console.log("unreachable");
