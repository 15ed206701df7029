// Namespaces: exported values, nested and dotted namespaces, merging with functions, classes,
// enums and other namespaces, private members, and a local that shadows the namespace's name.
namespace Geometry {
  const privateScale: number = 2;
  export const unit: number = 1;
  export let counter = 0;
  export function scale(n: number): number { counter++; return n * privateScale; }
  export class Point { constructor(public x: number, public y: number) {} norm() { return Math.hypot(this.x, this.y); } }
  export interface Shape { area(): number }
  export type Alias = number;
  export namespace Inner { export const depth = unit + 1; }
  export enum Kind { Circle, Square }
}
namespace Geometry {
  export const later = scale(unit) + Inner.depth;
  export function bump() { counter += 100; return { counter, unit }; }
}
namespace A.B.C { export const deep = 'abc'; }
namespace A.B { export const sibling = C.deep.toUpperCase(); }

function Tool(): string { return 'tool v' + Tool.version; }
namespace Tool { export const version = 3; }
class Registry { static create() { return new Registry(); } }
namespace Registry { export const defaultName = 'main'; }
enum Level { Low, High }
namespace Level { export function parse(s: string): Level { return s === 'high' ? Level.High : Level.Low; } }
namespace Shadow { const Shadow = 'inner'; export const seen = Shadow; }
namespace Empty { export type OnlyTypes = string; }
namespace Alias { export import P = Geometry.Point; export const made = new P(3, 4).norm(); }

console.log(Geometry.unit, Geometry.scale(5), Geometry.counter, Geometry.later, Geometry.Inner.depth);
console.log(new Geometry.Point(6, 8).norm(), Geometry.Kind.Square, Geometry.Kind[0], (Geometry as any).privateScale);
console.log(A.B.C.deep, A.B.sibling, Object.keys(A), Object.keys(A.B).sort());
console.log(Tool(), Tool.version, Registry.defaultName, Registry.create() instanceof Registry);
console.log(Level.parse('high'), Level.parse('low'), Level[1], typeof Level.parse);
console.log(Shadow.seen, typeof Empty, Alias.made, Alias.P === Geometry.Point);
Geometry.counter = 10;
console.log(Geometry.scale(1), Geometry.counter, Geometry.bump());
