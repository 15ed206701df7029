// Object.keys / values / entries on plain objects (read from their shapes) and on everything
// that must take the general steps: elements, accessors (run in order, may change the
// object), non-enumerable and symbol keys, deleted properties, dictionaries, arrays,
// strings, class instances, Errors, proxies.
const plain = { b: 1, a: 'two', [Symbol('s')]: 3, c: null };
Object.defineProperty(plain, 'hidden', { value: 4, enumerable: false });
console.log(Object.keys(plain), Object.values(plain), Object.entries(plain));

const withElements = { z: 1, 2: 'two', 1: 'one', y: 2 };
console.log(Object.keys(withElements), Object.values(withElements), Object.entries(withElements));

const log = [];
const accessors = {
  first: 1,
  get second() { log.push('second'); delete this.third; return 2; },
  third: 3,
  get fourth() { log.push('fourth'); return 4; },
};
console.log(Object.keys(accessors), Object.entries(accessors), Object.values(accessors), log);

const deleted = { p: 1, q: 2, r: 3 };
delete deleted.q;
console.log(Object.keys(deleted), Object.entries(deleted));

const many = {};
for (let i = 0; i < 100; i++) many['k' + i] = i;
delete many.k50;
console.log(Object.keys(many).length, Object.values(many).reduce((a, b) => a + b, 0), Object.entries(many)[60]);

class Point { constructor() { this.x = 1; this.y = 2; } get sum() { return this.x + this.y; } }
console.log(Object.keys(new Point()), Object.entries(new Point()));
console.log(Object.keys([4, 5]), Object.entries('hi'), Object.keys(new Error('e')), Object.values(Object.create({ inherited: 1 })));
const proxy = new Proxy({ a: 1, b: 2 }, { ownKeys: () => ['b', 'a'] });
console.log(Object.keys(proxy), Object.entries(proxy));
let total = 0;
const rows = [];
for (let i = 0; i < 500; i++) rows.push({ id: i, name: 'n' + i, score: i % 7 });
for (let r = 0; r < 20; r++) for (const row of rows) for (const [key, value] of Object.entries(row)) if (key === 'score') total += value;
console.log(total, Object.keys(rows[3]).join(','));
