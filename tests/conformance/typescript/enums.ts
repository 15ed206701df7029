// Enums: numeric (auto-increment, reverse mapping), string, heterogeneous, computed, const, merged.
enum Direction { Up, Down, Left = 10, Right }
enum Color { Red = 'RED', Green = 'GREEN' }
enum Mixed { No = 0, Yes = 'YES', Later = 5, After }
enum Flags { None = 0, Read = 1 << 0, Write = 1 << 1, ReadWrite = Read | Write, Mask = ~None }
enum Computed { Length = 'abc'.length, Double = Length * 2, FromOther = Direction.Right + 1 }
const enum Inline { A = 1, B = A + 1, C = 'c' }
enum Merged { First = 1 }
enum Merged { Second = 2 }
declare enum Ambient { X }

function name(d: Direction): string {
  return Direction[d];
}

console.log(Direction.Up, Direction.Down, Direction.Left, Direction.Right);
console.log(Direction[0], Direction[11], name(Direction.Down), Direction[5]);
console.log(Object.keys(Direction), Object.values(Direction));
console.log(Color.Red, Color['Green'], Object.entries(Color), (Color as any).RED);
console.log(Mixed.No, Mixed.Yes, Mixed.Later, Mixed.After, Mixed[6], JSON.stringify(Mixed));
console.log(Flags.ReadWrite, Flags.Mask, Flags[3], (Flags.Read | Flags.Write) === Flags.ReadWrite);
console.log(Computed.Length, Computed.Double, Computed.FromOther, Computed[6]);
console.log(Inline.A, Inline.B, Inline.C, Inline.A + Inline.B);
console.log(Merged.First, Merged.Second, Merged[1], Merged[2], Object.keys(Merged).length);
console.log(typeof Direction, typeof Color);

const key: keyof typeof Direction = 'Left';
console.log(Direction[key]);
let mutable = Direction.Up;
mutable = Direction.Right;
switch (mutable) {
  case Direction.Up: console.log('up'); break;
  case Direction.Right: console.log('right'); break;
}
