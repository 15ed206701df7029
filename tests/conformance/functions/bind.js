// Function.prototype.bind fixes this and leading arguments.
function add(a, b, c) {
  return this.base + a + b + c;
}
const ctx = { base: 100 };
const add1 = add.bind(ctx, 1);
const add12 = add.bind(ctx, 1, 2);
console.log(add1(2, 3), add12(3), add12.call({ base: 0 }, 3));
console.log(add.name, add1.name, add.length, add1.length, add12.length);
const rebound = add1.bind({ base: -1000 }, 2);
console.log(rebound(3), rebound.name);
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const XPoint = Point.bind(null, 5);
const p = new XPoint(7);
console.log(p.x, p.y, p instanceof Point);
