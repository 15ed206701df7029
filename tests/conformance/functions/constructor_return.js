// A constructor returning an object replaces the new object; primitives are ignored.
function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
function ReturnsPrimitive() {
  this.a = 1;
  return 42;
}
function ReturnsNull() {
  this.a = 3;
  return null;
}
console.log(new ReturnsObject(), new ReturnsPrimitive(), new ReturnsNull());
console.log(new ReturnsObject() instanceof ReturnsObject, new ReturnsPrimitive() instanceof ReturnsPrimitive);
