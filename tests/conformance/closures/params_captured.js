// Parameters are captured like local variables.
function adder(n) {
  return (x) => x + n;
}
const add5 = adder(5);
const add10 = adder(10);
console.log(add5(1), add10(1), add5(add10(0)));
function changeParam(p) {
  const set = (v) => (p = v);
  set("new");
  return p;
}
console.log(changeParam("old"));
