// Constant Function bodies: names bound inside the function do not clash with the module's.
const value = 'module value';
const message = 'module message';
const typeOf = new Function('value', 'return typeof value');
console.log(typeOf(1), typeOf('s'), typeOf(null), value);
const makeClass = new Function('', `
  return class Exception extends Error {
    constructor(dartException, message) {
      super(message);
      Object.defineProperty(this, 'dartException', { value: dartException });
    }
    toString() { let value = this.message; for (const message of [1]) value += message; return value; }
  };`);
const Exception = makeClass();
const e = new Exception('d', 'boom');
console.log(e instanceof Error, e.message, e.dartException, String(e), e.constructor.name, message);
const nested = Function('a', 'var value = a * 2; function inner(message) { return message + value; } return inner(1) + [1, 2].map((value) => value).length;');
console.log(nested(5));
// Through an object whose prototype is the global object, as dart2js output calls it.
const self = Object.create(globalThis);
const thrower = new self.Function('error', 'throw error;');
try { thrower(new TypeError('thrown')); } catch (err) { console.log(err.name, err.message); }
console.log(self.Function('value', 'return value === undefined;')(), typeof globalThis.Function('return 1'), globalThis.Function('a', 'b', 'return a + b')(2, 3));
// A `Function` property that is not the Function constructor is an ordinary call.
const fake = { Function: (...args) => `fake(${args.join('|')})` };
console.log(fake.Function('x', 'return x'), new Function('return this')() === globalThis);
console.log(typeOf.toString());
// Names the module declares in scopes that do not enclose the call do not matter.
function elsewhere() { const Object = 1; let result = Object; return result; }
const useObject = new Function('o', 'return Object.keys(o).join()');
console.log(useObject({ a: 1, b: 2 }), elsewhere());
const named = function Array() { return 0; };
console.log(Function('return Array.isArray([])')(), named());
{
  const self = Object.create(globalThis);
  console.log(new self.Function('x', 'return [x, typeof x]')(3));
}
