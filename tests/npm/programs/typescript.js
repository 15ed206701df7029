const ts = require('typescript');
const source = `
enum Direction { Up = 1, Down, Left, Right }
interface Point { x: number; y: number }
abstract class Shape { abstract area(): number; toString() { return \`\${this.constructor.name}(\${this.area().toFixed(2)})\`; } }
class Circle extends Shape { constructor(private r: number) { super(); } area() { return Math.PI * this.r ** 2; } }
function dist(a: Point, b: Point = { x: 0, y: 0 }): number { return Math.hypot(a.x - b.x, a.y - b.y); }
namespace Util { export const twice = <T,>(f: (x: T) => T) => (x: T) => f(f(x)); }
export const out = [new Circle(1).toString(), dist({ x: 3, y: 4 }), Direction.Left, Util.twice((n: number) => n + 1)(0)];
`;
const result = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 }, reportDiagnostics: true });
console.log(result.outputText, result.diagnostics.length);
const sf = ts.createSourceFile('x.ts', 'let a: string = 1 + ;', ts.ScriptTarget.Latest, true);
console.log(sf.parseDiagnostics.map((d) => `${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`));
const kinds = []; ts.forEachChild(ts.createSourceFile('y.ts', 'const x = 1; function f() {} type T = string;', ts.ScriptTarget.Latest), (n) => kinds.push(ts.SyntaxKind[n.kind]));
console.log(kinds, ts.version.split('.')[0]);
