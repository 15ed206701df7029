// Closures can read and write variables of enclosing functions and the top level.
let topLevel = 1;
function bump() {
  topLevel *= 2;
}
bump();
bump();
console.log(topLevel);
function outer() {
  let x = "a";
  function addB() {
    x += "b";
  }
  const addC = () => {
    x += "c";
  };
  addB();
  addC();
  addB();
  return x;
}
console.log(outer());
var viaVar = 0;
[1, 2, 3].forEach(function (n) {
  viaVar += n;
});
console.log(viaVar);
