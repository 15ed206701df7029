'use strict';
// Comparisons used as branch conditions and as values, over numbers and everything else:
// the inline number paths, the runtime paths and the merge of the two.
const values = [0, -0, 1, -1.5, 97, 122, NaN, Infinity, '97', '', 'a', 'b', null, undefined, true, false, {}, [], [5], 10n, 97n, { valueOf() { return 100; } }];
const names = values.map((v) => (typeof v === 'bigint' ? v + 'n' : typeof v === 'object' && v !== null ? JSON.stringify(v) || 'obj' : Object.is(v, -0) ? '-0' : String(v)));

function branches(a, b) {
  let r = '';
  if (a < b) r += 'l'; else r += '.';
  if (a <= b) r += 'L'; else r += '.';
  if (a > b) r += 'g'; else r += '.';
  if (a >= b) r += 'G'; else r += '.';
  if (a == b) r += 'e'; else r += '.';
  if (a != b) r += 'n'; else r += '.';
  if (a === b) r += 'E'; else r += '.';
  if (a !== b) r += 'N'; else r += '.';
  if (a >= 97 && a <= 122) r += 'w'; else r += '.';
  if (!(a < b) || b === null) r += '!'; else r += '.';
  return r;
}
function asValues(a, b) {
  const list = [a < b, a <= b, a > b, a >= b, a == b, a != b, a === b, a !== b];
  const both = a < b && b > a;
  const either = a === b || a == b;
  return list.map((x) => (x ? 1 : 0)).join('') + (both ? 'B' : 'b') + (either ? 'E' : 'e') + typeof list[0];
}

let lines = [];
for (let i = 0; i < values.length; i++) {
  for (let j = 0; j < values.length; j++) {
    lines.push(names[i] + ' ' + names[j] + ' ' + branches(values[i], values[j]) + ' ' + asValues(values[i], values[j]));
  }
}
console.log(lines.join('\n'));

// Strings with the same contents in different cells, and BigInts.
const left = ['ab', 'c'].join('');
const right = 'a' + ['bc'][0];
console.log(left === right, left !== right, left == right, 'abc' === left);
console.log(10n === 10n, BigInt(10) === 10n, 10n === 10, 10n == 10, 2n ** 64n === 2n ** 64n, 1n !== 2n);
const sym = Symbol('s');
console.log(sym === sym, Symbol('s') === Symbol('s'), sym == Object(sym));
const object = {};
console.log(object === object, {} === {}, null === null, undefined === null, undefined == null, NaN === NaN, 0 === -0);

// Comparisons that throw or run user code.
let calls = 0;
const counted = { valueOf() { calls++; return 5; } };
if (counted > 4 && counted < 6) console.log('in range', calls);
for (const [label, f] of [
  ['symbol <', () => Symbol() < 1],
  ['bigint < symbol', () => 1n < Symbol()],
  ['throwing valueOf', () => ({ valueOf() { throw new Error('valueOf ran'); } }) >= 0],
  ['null prototype', () => Object.create(null) > 1],
]) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}

// A loop whose condition is a comparison of an untyped value, merged through `&&`.
function countLower(list) {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}
console.log(countLower([96, 97, 100, 122, 123, '100', 'z', null, 110.5, NaN, { valueOf: () => 98 }]));
console.log(countLower(Buffer.from('The quick brown fox JUMPS')));
