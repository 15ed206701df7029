// new with constructor functions and prototype methods.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (other) {
  return new Point(this.x + other.x, this.y + other.y);
};
Point.prototype.toString = function () {
  return "(" + this.x + ", " + this.y + ")";
};
const p = new Point(1, 2).add(new Point(10, 20));
console.log(String(p), p.x, p.y, p instanceof Point);
console.log(p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype);
console.log(p.hasOwnProperty("x"), p.hasOwnProperty("add"), "add" in p);
function NoArgs() {
  this.made = true;
}
const q = new NoArgs;
console.log(q.made);
