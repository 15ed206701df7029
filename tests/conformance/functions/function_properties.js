// name and length of functions, and user properties on functions.
function one(a) {}
function three(a, b, c) {}
const anon = function () {};
const arrow = (x, y) => x;
const obj = { method() {}, prop: function () {}, arrowProp: () => 0 };
console.log(one.name, one.length, three.length, anon.name, arrow.name, arrow.length);
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name);
function counter() {
  counter.calls = (counter.calls || 0) + 1;
  return counter.calls;
}
counter();
counter();
console.log(counter(), counter.calls);
