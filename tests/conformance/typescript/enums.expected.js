// Enums: numeric (auto-increment, reverse mapping), string, heterogeneous, computed, const, merged.
var Direction;
(function (Direction) {
  Direction[Direction["Up"] = 0] = "Up";
  Direction[Direction["Down"] = 1] = "Down";
  Direction[Direction["Left"] = 10] = "Left";
  Direction[Direction["Right"] = 11] = "Right";
})(Direction || (Direction = {}));
var Color;
(function (Color) {
  Color["Red"] = "RED";
  Color["Green"] = "GREEN";
})(Color || (Color = {}));
var Mixed;
(function (Mixed) {
  Mixed[Mixed["No"] = 0] = "No";
  Mixed["Yes"] = "YES";
  Mixed[Mixed["Later"] = 5] = "Later";
  Mixed[Mixed["After"] = 6] = "After";
})(Mixed || (Mixed = {}));
var Flags;
(function (Flags) {
  Flags[Flags["None"] = 0] = "None";
  Flags[Flags["Read"] = 1] = "Read";
  Flags[Flags["Write"] = 2] = "Write";
  Flags[Flags["ReadWrite"] = 3] = "ReadWrite";
  Flags[Flags["Mask"] = -1] = "Mask";
})(Flags || (Flags = {}));
var Computed;
(function (Computed) {
  Computed[Computed["Length"] = 'abc'.length] = "Length";
  Computed[Computed["Double"] = Computed.Length * 2] = "Double";
  Computed[Computed["FromOther"] = Direction.Right + 1] = "FromOther";
})(Computed || (Computed = {}));
var Merged;
(function (Merged) {
  Merged[Merged["First"] = 1] = "First";
})(Merged || (Merged = {}));
(function (Merged) {
  Merged[Merged["Second"] = 2] = "Second";
})(Merged || (Merged = {}));

function name(d) {
  return Direction[d];
}

console.log(Direction.Up, Direction.Down, Direction.Left, Direction.Right);
console.log(Direction[0], Direction[11], name(Direction.Down), Direction[5]);
console.log(Object.keys(Direction), Object.values(Direction));
console.log(Color.Red, Color['Green'], Object.entries(Color), Color.RED);
console.log(Mixed.No, Mixed.Yes, Mixed.Later, Mixed.After, Mixed[6], JSON.stringify(Mixed));
console.log(Flags.ReadWrite, Flags.Mask, Flags[3], (Flags.Read | Flags.Write) === Flags.ReadWrite);
console.log(Computed.Length, Computed.Double, Computed.FromOther, Computed[6]);
console.log(1 /* Inline.A */, 2 /* Inline.B */, "c" /* Inline.C */, 1 /* Inline.A */ + 2 /* Inline.B */);
console.log(Merged.First, Merged.Second, Merged[1], Merged[2], Object.keys(Merged).length);
console.log(typeof Direction, typeof Color);

const key = 'Left';
console.log(Direction[key]);
let mutable = Direction.Up;
mutable = Direction.Right;
switch (mutable) {
  case Direction.Up: console.log('up'); break;
  case Direction.Right: console.log('right'); break;
}
