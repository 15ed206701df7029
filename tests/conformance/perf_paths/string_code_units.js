'use strict';
// Inline string code units: `s[i]`, `s.charCodeAt(i)`, `s.charAt(i)` on Latin-1, UTF-16 and
// rope strings; out-of-range, fractional, negative and non-number indexes; string receivers'
// method reads through the read cache; patched String.prototype methods; strict equality of
// strings (different lengths, atoms, equal contents in different cells).

function scan(s) {
  let digits = 0, as = 0, bs = 0, sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    if (s[i] === 'a') as++;
    if (s.charAt(i) === 'b') bs++;
    sum = (sum * 31 + c) % 1000003;
  }
  return [digits, as, bs, sum];
}

console.log(scan('abc 123 ba'));
console.log(scan('h\u00e9llo w\u00f6rld ab 12 \u1234a\ud83d\ude00b'));
let rope = '';
for (let i = 0; i < 200; i++) rope += 'ab' + i + '-';
console.log(rope.length, scan(rope));
let other = 'x'.repeat(70);
other += '\u0101b9';
console.log(scan(other));
for (let round = 0; round < 3; round++) console.log(scan(rope + round));

const s = 'k\u00e9y\u4e2d';
const indexes = [0, 1, 2, 3, 4, -1, -0, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 32, '1', '01', null, undefined, true, 1e21];
for (const i of indexes) {
  console.log(String(i), JSON.stringify(s[i]), s.charCodeAt(i), JSON.stringify(s.charAt(i)));
}
console.log(''.charCodeAt(0), JSON.stringify(''.charAt(0)), ''[0]);

// Method reads on strings: several names, inherited ones, and values that are not functions.
const words = ['alpha', 'beta', 'gamma'];
const out = [];
for (const w of words) {
  out.push(w.toUpperCase(), w.slice(1, 3), w.indexOf('a'), w.startsWith('b'), w.at(-1), w.padStart(7, '.'));
  out.push(typeof w.hasOwnProperty, w.hasOwnProperty('length'), w.toString === String.prototype.toString);
}
console.log(out.join(' '));

// An object with the same method names, then strings again at the same sites.
function firstCode(x) { return x.charCodeAt(0) + ':' + x.charAt(1) + ':' + x.slice(0); }
console.log(firstCode('zy'), firstCode({ charCodeAt: () => 7, charAt: (i) => 'c' + i, slice: () => 'obj' }), firstCode('wx'));
try {
  firstCode(null);
} catch (error) {
  console.log(error instanceof TypeError, error.message);
}
try {
  firstCode(42);
} catch (error) {
  console.log(error instanceof TypeError, error.message);
}

// Strict equality of strings built in different ways.
const built = ['ab', 'a' + 'b', ['a', 'b'].join(''), String.fromCharCode(97, 98), 'abc'.slice(0, 2), 'ba'.split('').reverse().join('')];
const results = [];
for (const x of built) for (const y of built) results.push(x === y ? 1 : 0);
console.log(results.join(''), 'ab' === 'abc', 'a\u0101' === 'a\u0101'.slice(0), 'x' !== 'y', '' === ''.slice(0));

// Patching String.prototype after the sites have run: the caches must see it.
const original = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) { return 'patched ' + this + i; };
console.log('ab'.charCodeAt(1), firstCode('qq'), scan('a1')[3]);
String.prototype.charCodeAt = original;
const originalCharAt = String.prototype.charAt;
String.prototype.charAt = function () { return 'b'; };
console.log(scan('xyz'));
delete String.prototype.charAt;
try {
  scan('q');
} catch (error) {
  console.log(error instanceof TypeError, error.message);
}
String.prototype.charAt = originalCharAt;
console.log(scan('ab'));
Object.defineProperty(String.prototype, 'slice', { get() { return () => 'getter slice'; }, configurable: true });
console.log(firstCode('pp'));
Object.prototype.charAt = function () { return 'from Object.prototype'; };
console.log('xy'.charAt(0));
