// Nested function declarations see the enclosing scopes.
function outer(x) {
  function middle(y) {
    function inner(z) {
      return x + y + z;
    }
    return inner(y * 10);
  }
  return middle(x * 10);
}
console.log(outer(1));
function makeList() {
  const items = [];
  function add(v) {
    items.push(v);
    return add;
  }
  add(1)(2)(3);
  return items;
}
console.log(makeList());
