// Type annotations, interfaces, aliases, generics, overloads, assertions and `declare` are erased.
interface Named { readonly name: string; nick?: string; greet(this: Named, greeting: string): string }
interface Counter<T = number> { [key: string]: unknown; count: T }
type Pair<A, B> = readonly [A, B];
type Mapped<T> = { [K in keyof T]?: T[K] extends string ? T[K] : never };
type Predicate = (value: unknown) => value is string;
declare const hostValue: number;
declare function hostFunction(x: string): void;
declare let hostLet: string | undefined;

function first<T extends { length: number }, D = T>(items: T[], fallback?: D): T | D | undefined {
  return items.length > 0 ? items[0] : fallback;
}

function describe(value: string): string;
function describe(value: number): string;
function describe(value: string | number): string {
  return typeof value + ':' + String(value);
}

const isString: Predicate = (value: unknown): value is string => typeof value === 'string';

function assertNumber(value: unknown): asserts value is number {
  if (typeof value !== 'number') throw new TypeError('not a number: ' + String(value));
}

class Box<T> {
  private value: T;
  protected readonly created: number = 1;
  public static count: number = 0;
  declare tag: string;
  label!: string;
  [key: string]: unknown;
  constructor(value: T) {
    this.value = value;
    Box.count++;
  }
  get(): T { return this.value; }
  map<U>(f: (value: T) => U): Box<U> { return new Box<U>(f(this.value)); }
}

const pair: Pair<string, number> = ['a', 1];
const named: Named = { name: 'kiln', greet(greeting: string) { return greeting + ', ' + this.name; } };
const counter: Counter = { count: 3, extra: true };
const mapped: Mapped<{ a: string; b: number }> = { a: 'x' };
const identity = <T,>(x: T): T => x;
const makeStringBox = Box<string>;
const box = new Box(20).map((n: number): string => 'n=' + n);

console.log(first([1, 2, 3]), first([] as number[], 'none'), describe('x'), describe(4));
console.log(isString('s'), isString(1), named.greet('hello'), counter.count, mapped.a);
console.log(pair, identity<number>(7), box.get(), Box.count, new makeStringBox('s').get());
console.log('tag' in box, 'label' in box, Object.keys(box).join(','));

const config = { port: 8080, host: 'localhost' } satisfies Record<string, string | number>;
const port = config.port as number;
const maybe: { deep?: { value: number } } | null = Math.random() > 2 ? null : { deep: { value: 5 } };
const element = <unknown>'asserted' as string;
let late!: number;
late = 9;
console.log(port, config.host.length, maybe?.deep!.value, maybe!.deep?.value, element.toUpperCase(), late);

try {
  assertNumber(12);
  console.log('12 is a number');
  assertNumber('twelve');
} catch (e) {
  const error = e as Error;
  console.log(error.name + ': ' + error.message);
}

let union: string | number | null = null;
union ??= 'set';
const tuple: [number, ...string[]] = [1, 'a', 'b'];
const [head, ...rest]: [number, ...string[]] = tuple;
const { a: renamed = 0, ...others }: { a?: number; b: number; c: number } = { b: 2, c: 3 };
console.log(union, head, rest, renamed, others);
const sym: unique symbol = Symbol('s') as any;
console.log(typeof sym, typeof hostValue, typeof hostFunction);
