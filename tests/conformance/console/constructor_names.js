// Objects created by constructors print with the constructor's name.
function Foo() {}
function Bar(x) {
  this.x = x;
  this.list = [1, 2];
}
console.log(new Foo(), new Bar(1));
console.log([new Foo()], { inner: new Bar("s") });
const proto = { kind: "proto" };
const viaCreate = Object.create(proto);
viaCreate.own = 1;
console.log(viaCreate);
function Child() {
  this.c = true;
}
Child.prototype = Object.create(Bar.prototype);
Child.prototype.constructor = Child;
console.log(new Child());
