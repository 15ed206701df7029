// console's methods beyond log: group indentation, count, assert, dir, table, trace, Console.
const { Writable } = require('stream');

console.group('Group A');
console.log('inside A');
console.info('multi\nline');
console.group();
console.warn('nested warn');
console.log({ a: 1, b: [1, 2, 3] });
console.groupEnd();
console.groupCollapsed('collapsed %s', 'label');
console.error('err in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back at top');

console.count();
console.count();
console.count('x');
console.count({ toString() { return 'obj'; } });
console.countReset();
console.count();

console.assert(true, 'not printed');
console.assert(false, 'printed %s', 'with format');
console.assert(false);
console.assert(0, { a: 1 });
console.assert(null, 42, 'more');

console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, x: 1 });
console.dirxml('dirxml', [1, 2]);

console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: [1, 2, 3, 4, 5] } });
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k1', { v: 1 }], [{ o: 1 }, 'v2']]));
console.table(new Set(['s1', 's2']));
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table([{ name: '日本語', n: 1 }, { name: 'ascii', n: 22 }]);
console.table('not tabular');
console.table(5);
console.table([]);
console.table([{ nested: { deep: { deeper: 1 } }, arr: [1, [2, [3]]], many: { a: 1, b: 2, c: 3 } }]);
try {
  console.table([], 'bad');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

const chunks = [];
const sink = new Writable({ write(chunk, encoding, callback) { chunks.push(chunk.toString()); callback(); } });
const custom = new console.Console({ stdout: sink, stderr: sink, groupIndentation: 4 });
custom.log('to sink %d', 1);
custom.group('g');
custom.error('in group');
custom.table([{ a: 1 }]);
custom.groupEnd();
custom.count('c');
custom.assert(false, 'bad');
console.log(JSON.stringify(chunks));
console.log(custom instanceof console.Console, typeof console.Console);
const { Console } = require('console');
console.log(Console === console.Console, require('node:console') === console);
try {
  new Console();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const log = console.log;
log('detached log works');
const { count } = console;
count('detached');
console.log(typeof console.time, typeof console.timeEnd, typeof console.timeLog, console.log.name, console.table.name);
try {
  new Console({ stdout: sink, stderr: {} });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Console({ stdout: sink, groupIndentation: -1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Console({ stdout: sink, groupIndentation: 1.5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Console({ stdout: sink, inspectOptions: 5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
