// Properties and methods on primitive values.
console.log("abc".length, (5).toFixed(1), true.toString(), (1.5).toString());
const s = "text";
s.custom = 1;
console.log(s.custom);
console.log("x".constructor === String, (1).constructor === Number);
