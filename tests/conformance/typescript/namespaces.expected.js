// Namespaces: exported values, nested and dotted namespaces, merging with functions, classes,
// enums and other namespaces, private members, and a local that shadows the namespace's name.
var Geometry;
(function (Geometry) {
  const privateScale = 2;
  Geometry.unit = 1;
  Geometry.counter = 0;
  function scale(n) { Geometry.counter++; return n * privateScale; }
  Geometry.scale = scale;
  class Point { x; y; constructor(x, y) { this.x = x; this.y = y; } norm() { return Math.hypot(this.x, this.y); } }
  Geometry.Point = Point;
  let Inner;
  (function (Inner) { Inner.depth = Geometry.unit + 1; })(Inner = Geometry.Inner || (Geometry.Inner = {}));
  let Kind;
  (function (Kind) { Kind[Kind["Circle"] = 0] = "Circle"; Kind[Kind["Square"] = 1] = "Square"; })(Kind = Geometry.Kind || (Geometry.Kind = {}));
})(Geometry || (Geometry = {}));
(function (Geometry) {
  Geometry.later = Geometry.scale(Geometry.unit) + Geometry.Inner.depth;
  function bump() { Geometry.counter += 100; return { counter: Geometry.counter, unit: Geometry.unit }; }
  Geometry.bump = bump;
})(Geometry || (Geometry = {}));
var A;
(function (A) {
  let B;
  (function (B) {
    let C;
    (function (C) { C.deep = 'abc'; })(C = B.C || (B.C = {}));
  })(B = A.B || (A.B = {}));
})(A || (A = {}));
(function (A) {
  let B;
  (function (B) { B.sibling = B.C.deep.toUpperCase(); })(B = A.B || (A.B = {}));
})(A || (A = {}));

function Tool() { return 'tool v' + Tool.version; }
(function (Tool) { Tool.version = 3; })(Tool || (Tool = {}));
class Registry { static create() { return new Registry(); } }
(function (Registry) { Registry.defaultName = 'main'; })(Registry || (Registry = {}));
var Level;
(function (Level) { Level[Level["Low"] = 0] = "Low"; Level[Level["High"] = 1] = "High"; })(Level || (Level = {}));
(function (Level) { function parse(s) { return s === 'high' ? Level.High : Level.Low; } Level.parse = parse; })(Level || (Level = {}));
var Shadow;
(function (Shadow_1) { const Shadow = 'inner'; Shadow_1.seen = Shadow; })(Shadow || (Shadow = {}));
var Alias;
(function (Alias) { Alias.P = Geometry.Point; Alias.made = new Alias.P(3, 4).norm(); })(Alias || (Alias = {}));

console.log(Geometry.unit, Geometry.scale(5), Geometry.counter, Geometry.later, Geometry.Inner.depth);
console.log(new Geometry.Point(6, 8).norm(), Geometry.Kind.Square, Geometry.Kind[0], Geometry.privateScale);
console.log(A.B.C.deep, A.B.sibling, Object.keys(A), Object.keys(A.B).sort());
console.log(Tool(), Tool.version, Registry.defaultName, Registry.create() instanceof Registry);
console.log(Level.parse('high'), Level.parse('low'), Level[1], typeof Level.parse);
console.log(Shadow.seen, typeof Empty, Alias.made, Alias.P === Geometry.Point);
Geometry.counter = 10;
console.log(Geometry.scale(1), Geometry.counter, Geometry.bump());
