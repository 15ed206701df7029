'use strict';
// The Function constructor with constant text is compiled ahead of time; other uses throw
// (node evaluates them, so only behaviour both share is printed here).
const globalObject = Function('return this')();
console.log(globalObject === globalThis, typeof globalObject.setTimeout);
console.log((new Function('return this;'))() === globalThis);
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.length, add.name, typeof add, add instanceof Function);
const defaults = Function('a = 1, ...rest', 'return [a, rest.length]');
console.log(defaults(), defaults(5, 6, 7), defaults.length);
const joined = Function('x, y', 'z', 'return x * y * z');
console.log(joined(2, 3, 4), joined.length);
const template = Function(`return typeof console + ' ' + typeof process`);
console.log(template());
const concatenated = new Function('n', 'return ' + '"n=" + n');
console.log(concatenated(7));
const sloppy = Function('return typeof this');
console.log(sloppy(), sloppy.call(5));
const strictInside = Function('"use strict"; return this');
console.log(strictInside(), strictInside.call(5));
const empty = new Function();
console.log(empty(), empty.length, empty.name);
const generatorLike = Function('var total = 0; for (var i = 0; i < arguments.length; i++) total += arguments[i]; return total');
console.log(generatorLike(1, 2, 3, 4));
const thrower = new Function('message', 'throw new TypeError(message)');
try {
  thrower('from a dynamic function');
} catch (error) {
  console.log(error.name + ': ' + error.message);
}
console.log(eval(42), eval(null), eval === globalThis.eval, typeof eval);
