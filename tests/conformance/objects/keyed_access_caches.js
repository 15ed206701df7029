'use strict';
// Computed-key reads and writes (`o[key]`) with symbol and string keys at one site over many
// receivers, as the per-site keyed caches see them: own, inherited and absent properties,
// shapes that change, getters and setters, read-only and frozen objects, prototype changes,
// proxies, arrays and typed arrays, keys that change at a site, and absent names read by `.`.
const kState = Symbol('state');
const kMissing = Symbol('missing');
const kShared = Symbol('shared');

class Base {
  get [kShared]() {
    return 'getter on Base';
  }
}
class Thing extends Base {
  constructor(value) {
    super();
    this[kState] = value;
  }
  state() {
    return this[kState];
  }
  bump() {
    this[kState] = this[kState] + 1;
    return this[kState];
  }
  missing() {
    return this[kMissing];
  }
  shared() {
    return this[kShared];
  }
}

const things = [new Thing(1), new Thing(2), new Thing(3)];
let total = 0;
for (let round = 0; round < 3; round++) {
  for (const thing of things) {
    total += thing.bump() + thing.state();
    if (thing.missing() !== undefined) total = NaN;
  }
}
console.log('bumped', total, things.map((thing) => thing.state()));
console.log(things[0].shared());
Object.defineProperty(Base.prototype, kMissing, { value: 'now on Base', configurable: true });
console.log(things[1].missing(), things[2].missing());
delete Base.prototype[kMissing];
console.log(things[1].missing());
Thing.prototype[kMissing] = 'on Thing.prototype';
console.log(things[0].missing());
delete Thing.prototype[kMissing];
things[0][kMissing] = 'own now';
console.log(things[0].missing(), things[1].missing());

// The same site, receivers of other shapes and kinds.
function read(object, key) {
  return object[key];
}
function write(object, key, value) {
  object[key] = value;
  return object[key];
}
const receivers = [
  { [kState]: 'plain' },
  Object.assign(Object.create(null), { [kState]: 'null prototype' }),
  Object.create({ [kState]: 'from prototype' }),
  Object.freeze({ [kState]: 'frozen' }),
  new Proxy({}, { get: (target, key) => (key === kState ? 'proxy trap' : undefined) }),
  Object.assign([1, 2], { [kState]: 'array' }),
  Object.assign(new Uint8Array(2), { [kState]: 'typed array' }),
  { get [kState]() { return 'getter'; } },
  Object.defineProperty({}, kState, { value: 'read-only', writable: false }),
];
for (let round = 0; round < 2; round++) {
  console.log(receivers.map((receiver) => String(read(receiver, kState))).join(' | '));
}
for (const receiver of receivers) {
  try {
    console.log(String(write(receiver, kState, 'written')));
  } catch (error) {
    console.log(error.constructor.name + ': ' + error.message);
  }
}
const setterLog = [];
const withSetter = { set [kState](value) { setterLog.push(value); } };
write(withSetter, kState, 1);
write(withSetter, kState, 2);
console.log(setterLog, read(withSetter, kState));

// String keys: interned names from Object.keys, names built at run time, numeric names.
const record = { alpha: 1, beta: 2, gamma: 3, 7: 'seven' };
const names = Object.keys(record);
let sum = '';
for (let round = 0; round < 3; round++) {
  for (const name of names) sum += read(record, name);
  sum += read(record, 'al' + 'pha') + read(record, ['be', 'ta'].join(''));
}
console.log(sum, read(record, 7), read(record, '7'), read('text', 'length'), read('text', 1));
const counts = {};
for (const word of 'a b c a b a d e f g h i j a'.split(' ')) counts[word] = (counts[word] || 0) + 1;
console.log(counts);
const changing = {};
for (let i = 0; i < 20; i++) write(changing, 'k' + (i % 5), i);
console.log(changing);

// Absent names by `.` on objects whose prototypes change.
function optionOf(options) {
  return options.verbose;
}
const proto = {};
const options = Object.create(proto);
const seen = [];
for (let i = 0; i < 3; i++) seen.push(optionOf(options));
proto.verbose = 'from proto';
seen.push(optionOf(options));
Object.setPrototypeOf(options, { verbose: 'new proto' });
seen.push(optionOf(options));
Object.setPrototypeOf(options, null);
seen.push(optionOf(options));
Object.prototype.verbose = 'polluted';
seen.push(optionOf({}), optionOf(Object.create(proto)));
delete Object.prototype.verbose;
seen.push(optionOf({}));
console.log(seen);

// One site, keys among a few interned names over receivers of many shapes (past the point
// where it stops recording), then names built at run time, then interned ones again.
function pick(object, key) {
  return object[key];
}
function put(object, key, value) {
  object[key] = value;
}
const fieldNames = ['north', 'south', 'east', 'west'];
const shaped = [];
for (let i = 0; i < 24; i++) {
  const object = {};
  for (let j = 0; j < 4; j++) object[fieldNames[(i + j) % 4]] = i * 10 + j;
  if (i % 3 === 0) object['extra' + i] = true;
  shaped.push(object);
}
let picked = 0;
for (let round = 0; round < 3; round++) {
  for (const object of shaped) {
    for (const name of fieldNames) {
      put(object, name, pick(object, name) + 1);
      picked += pick(object, name);
    }
  }
}
for (let i = 0; i < 40; i++) picked += pick(shaped[i % 24], 'nor' + 'th') + (pick(shaped[0], 'x' + i) === undefined ? 1 : 0);
for (let i = 0; i < 40; i++) picked += pick(shaped[i % 24], fieldNames[i % 4]);
console.log('picked', picked, shaped[5], pick(Object.freeze(shaped[1]), 'east'));
put(shaped[2], 'south', 'overwritten');
delete shaped[2].north;
console.log(pick(shaped[2], 'south'), pick(shaped[2], 'north'), Object.keys(shaped[2]));
