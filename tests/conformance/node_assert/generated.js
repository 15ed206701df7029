// Compares deepEqual/deepStrictEqual (util.isDeepStrictEqual too) and the messages of their
// failures on thousands of generated pairs of similar values: each line hashes all results of
// one check, so any difference from node shows up as a changed line.
const assert = require('assert');
const util = require('util');
let seed = 2024;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const primitives = [0, -0, 1, '1', '', 'a', 'text value', NaN, null, undefined, true, false, 2.5, 'line\nbreak'];
function generate(depth) {
  const kind = depth > 2 ? 0 : random(8);
  switch (kind) {
    case 0:
    case 1:
      return primitives[random(primitives.length)];
    case 2: {
      const length = random(5);
      const array = [];
      for (let i = 0; i < length; i++) array.push(generate(depth + 1));
      return array;
    }
    case 3: {
      const object = {};
      const count = random(4);
      for (let i = 0; i < count; i++) object['k' + random(5)] = generate(depth + 1);
      return object;
    }
    case 4:
      return new Map([[random(3), generate(depth + 1)], ['k' + random(2), generate(depth + 1)]]);
    case 5:
      return new Set([random(3), generate(depth + 1)]);
    case 6:
      return new Date(random(3) * 1000);
    default:
      return [random(2) ? new Number(random(2)) : new String('s' + random(2))];
  }
}
// A copy with a small chance of a change at each level.
function mutate(value, depth) {
  if (random(10) === 0) {
    return generate(depth);
  }
  if (Array.isArray(value)) {
    return value.map((item) => mutate(item, depth + 1));
  }
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [k, mutate(v, depth + 1)]));
  }
  if (value instanceof Set) {
    return new Set([...value].map((v) => mutate(v, depth + 1)));
  }
  if (value instanceof Date) {
    return new Date(value.getTime());
  }
  if (value !== null && typeof value === 'object') {
    const copy = {};
    for (const key of Object.keys(value)) copy[key] = mutate(value[key], depth + 1);
    return copy;
  }
  if (typeof value === 'number' && random(4) === 0) {
    return String(value);
  }
  return value;
}
function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
const results = {};
function record(name, value) {
  results[name] = hash((results[name] === undefined ? '' : String(results[name])) + '|' + String(value));
}
function failure(f) {
  try {
    f();
    return 'ok';
  } catch (e) {
    return `${e.generatedMessage} ${e.message}`;
  }
}
for (let i = 0; i < 1500; i++) {
  const a = generate(0);
  const b = mutate(a, 0);
  record('isDeepStrictEqual', util.isDeepStrictEqual(a, b));
  record('deepEqual', failure(() => assert.deepEqual(a, b)));
  record('deepStrictEqual', failure(() => assert.deepStrictEqual(a, b)));
  record('notDeepEqual', failure(() => assert.notDeepEqual(a, b)));
  record('notDeepStrictEqual', failure(() => assert.notDeepStrictEqual(a, b)));
  record('strictEqual', failure(() => assert.strictEqual(a, b)));
  record('notStrictEqual', failure(() => assert.notStrictEqual(a, a)));
  record('equal', failure(() => assert.equal(a, b)));
}
for (const name of Object.keys(results)) console.log(name, results[name]);
