// Stack traces point at lines and columns of the TypeScript source (the twin keeps every
// position by blanking the types out, as node's own type stripping would).
function frames(error: Error): string[] {
  const lines: string[] = (error.stack ?? '').split('\n').slice(1);
  return lines.map((line: string): string => {
    const match = /at (?:(\S+) \()?.*:(\d+):(\d+)\)?$/.exec(line);
    return match ? match[2] + ':' + match[3] : '?';
  }).slice(0, 4).filter((_, index) => !lines[index].includes('(node:'));
}
interface Options { depth: number }
function thrower(options: Options, label: string): never { throw new Error(label + options.depth); }
const arrow = (n: number): number => n > 0 ? arrow(n - 1) : thrower({ depth: n }, 'arrow');
class Service<T> {
  constructor(private readonly value: T) { }
  run(this: Service<T>, times: number): T { if (times > 0) { arrow(1); } return this.value; }
}
try { new Service<string>('s').run(1); } catch (e) { console.log(frames(e as Error)); }
try { thrower({ depth: 7 } as Options, 'direct'); } catch (e) { console.log((e as Error).message, frames(e as Error)); }
