'use strict';
// join and split('') on the shapes their fast paths see and on the ones they must not take:
// holes (read through the prototype chain), getters, array-likes, proxies, non-string
// elements, limits, wide strings, and arrays built by other built-ins.
console.log([1, 'a', null, undefined, true, 2.5, -0, [3, [4]], { toString() { return 'o'; } }].join('|'));
console.log(['x', 'y', 'z'].join(''), ['x', 'y', 'z'].join(), [].join('-'), ['only'].join('-'));
const holes = [1, , 3, , 5];
console.log(holes.join('-'));
Array.prototype[1] = 'proto';
console.log(holes.join('-'));
delete Array.prototype[1];
const withGetter = ['a', 'b', 'c'];
Object.defineProperty(withGetter, 1, { get() { return 'G'; } });
console.log(withGetter.join(''));
console.log(Array.prototype.join.call({ length: 3, 0: 'p', 2: 'r' }, '+'));
console.log(Array.prototype.join.call('str', '.'));
const proxy = new Proxy(['m', 'n'], {
  get(target, key, receiver) {
    if (key === '0') return 'trapped';
    return Reflect.get(target, key, receiver);
  },
});
console.log(Array.prototype.join.call(proxy, ','));
const nested = ['a'];
nested.push(nested);
console.log(nested.join('/'));
console.log('hello'.split(''), 'hello'.split('', 3), 'hello'.split('', 0), ''.split(''));
console.log('héllo wörld'.split('').reverse().join(''));
console.log('日本語テキスト'.split(''), '日本語'.split('', 2));
console.log('😀ab'.split('').length, '😀ab'.split('').map((unit) => unit.charCodeAt(0)));
const pieces = 'abc'.split('');
pieces.push('d');
pieces[10] = 'k';
console.log(pieces.length, pieces.join(''), Object.isFrozen(pieces));
console.log('a,b,,c'.split(','), 'a,b'.split(',', 1), 'abc'.split('b').concat('abc'.match(/./g)));
const matched = 'x1y22z333'.match(/\d+/g);
matched.push('tail');
console.log(matched, matched.length);
const frozen = Object.freeze(['f', 'g']);
console.log(frozen.join('+'));
try {
  frozen.push('h');
} catch (error) {
  console.log(error.constructor.name, error.message);
}
const big = 'abcdefghij'.repeat(5000).split('');
console.log(big.length, big.reverse().join('').slice(0, 12));
