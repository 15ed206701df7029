// Polymorphic dispatch: constructor functions, prototype methods and prototype-chain
// inheritance (the pre-class pattern), called through one call site with many shapes.
function inherit(Child, Parent) {
  function Bridge() {}
  Bridge.prototype = Parent.prototype;
  Child.prototype = new Bridge();
  Child.prototype.constructor = Child;
}

function Shape(name) {
  this.name = name;
}
Shape.prototype.describe = function () {
  return this.name + ":" + this.area();
};
Shape.prototype.scale = function (factor) {
  return factor;
};

function Rect(w, h) {
  Shape.call(this, "rect");
  this.w = w;
  this.h = h;
}
inherit(Rect, Shape);
Rect.prototype.area = function () {
  return this.w * this.h;
};
Rect.prototype.perimeter = function () {
  return 2 * (this.w + this.h);
};

function Square(side) {
  Rect.call(this, side, side);
  this.name = "square";
}
inherit(Square, Rect);
Square.prototype.perimeter = function () {
  return 4 * this.w;
};

function Triangle(b, h) {
  Shape.call(this, "triangle");
  this.b = b;
  this.h = h;
}
inherit(Triangle, Shape);
Triangle.prototype.area = function () {
  return (this.b * this.h) >> 1;
};
Triangle.prototype.perimeter = function () {
  return this.b * 3;
};

function Circle(r) {
  Shape.call(this, "circle");
  this.r = r;
}
inherit(Circle, Shape);
Circle.prototype.area = function () {
  return 3 * this.r * this.r;
};
Circle.prototype.perimeter = function () {
  return 6 * this.r;
};
Circle.prototype.scale = function (factor) {
  return factor * 2;
};

const shapes = [];
for (let i = 0; i < 1000; i++) {
  switch (i % 4) {
    case 0:
      shapes.push(new Rect(i % 13, i % 7));
      break;
    case 1:
      shapes.push(new Square(i % 11));
      break;
    case 2:
      shapes.push(new Triangle(i % 17, i % 5));
      break;
    default:
      shapes.push(new Circle(i % 9));
  }
}

let totalArea = 0;
let totalPerimeter = 0;
let squares = 0;
for (let round = 0; round < 24000; round++) {
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    totalArea += shape.area() * shape.scale(1);
    totalPerimeter += shape.perimeter();
    if (shape instanceof Rect) {
      squares += shape instanceof Square ? 1 : 0;
    }
  }
}
let descriptionLength = 0;
for (let i = 0; i < shapes.length; i++) {
  descriptionLength += shapes[i].describe().length;
}
console.log("area:", totalArea, "perimeter:", totalPerimeter, "squares:", squares,
  "descriptions:", descriptionLength);
