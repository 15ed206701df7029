'use strict';
// A property-read site whose cache holds own and inherited entries for the same receiver
// shape (objects built alike with different prototypes), methods found up the chain, and
// prototypes changing under a site that has cached them.
function read(o) {
  return o.value;
}
function call(o) {
  return o.describe();
}
const withOwn = { value: 'own' };
const protoA = { value: 'from A', describe() { return 'A:' + this.tag; } };
const protoB = { value: 'from B', describe() { return 'B:' + this.tag; } };
const a1 = Object.create(protoA);
a1.tag = 1;
const a2 = Object.create(protoA);
a2.tag = 2;
const b1 = Object.create(protoB);
b1.tag = 3;
const plain = { tag: 4 };
const log = [];
for (let round = 0; round < 3; round++) {
  for (const o of [a1, withOwn, b1, a2, plain, { value: round }]) log.push(String(read(o)));
  for (const o of [a1, b1, a2]) log.push(call(o));
}
console.log(log.join(' '));

// Same shape as a1 (one own `tag`), but an own `value` added later: the shape moves on.
const a3 = Object.create(protoA);
a3.tag = 5;
console.log(read(a3), call(a3));
a3.value = 'own now';
console.log(read(a3), read(a1));
// Changing the prototype's property, then the prototype itself.
protoA.value = 'A changed';
console.log(read(a1), read(a2));
Object.defineProperty(protoA, 'value', { get() { return 'A getter'; }, configurable: true });
console.log(read(a1), read(a2));
delete protoA.value;
console.log(String(read(a1)));
Object.setPrototypeOf(a1, protoB);
console.log(read(a1), call(a1), read(a2), call(a2));
protoB.describe = function () {
  return 'B2:' + this.tag;
};
console.log(call(a1), call(b1));

// Many shapes at one site: more than the cache holds.
const many = [];
for (let i = 0; i < 12; i++) {
  const proto = { value: 'p' + i };
  const o = i % 2 ? Object.create(proto) : { ['k' + i]: i, value: 'o' + i };
  many.push(o);
}
let text = '';
for (let round = 0; round < 3; round++) for (const o of many) text += read(o) + ',';
console.log(text);

// Deep chains and a class hierarchy.
class Base {
  get kind() {
    return 'base';
  }
  describe() {
    return 'Base ' + this.kind;
  }
}
class Middle extends Base {}
class Leaf extends Middle {
  get kind() {
    return 'leaf';
  }
}
const objects = [new Base(), new Middle(), new Leaf(), new Middle()];
console.log(objects.map(call).join(', '));
Middle.prototype.describe = function () {
  return 'Middle ' + this.kind;
};
console.log(objects.map(call).join(', '));
delete Middle.prototype.describe;
console.log(objects.map(call).join(', '));
for (const bad of [null, undefined, 5, 'str', Symbol.iterator]) {
  try {
    console.log(typeof bad === 'symbol' ? 'symbol' : String(bad), String(read(bad)));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
