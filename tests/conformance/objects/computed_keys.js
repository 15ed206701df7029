// Computed property keys are converted to strings.
const k = "dyn";
let i = 0;
const o = {
  [k]: 1,
  [k + "2"]: 2,
  [1 + 2]: "three",
  ["x" + ++i]: i,
  ["x" + ++i]: i,
  [true]: "bool",
  [null]: "null",
  [[1, 2]]: "array",
};
console.log(o);
console.log(o.dyn2, o[3], o["3"], o.true, o["1,2"]);
