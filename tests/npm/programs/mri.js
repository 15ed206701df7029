const mri = require('mri');
console.log(mri(['-a', '-bc', '--foo=bar', '--baz', 'qux', '--no-cache', 'pos1', '-n', '3', '--', '--not', 'x']));
console.log(mri(['-v', '--port', '8080', '--host'], { alias: { v: 'verbose', p: 'port' }, boolean: ['verbose'], string: ['host'], default: { port: 3000, mode: 'dev' } }));
const unknown = [];
console.log(mri(['--known', '--other'], { boolean: ['known'], unknown: (f) => { unknown.push(f); } }), unknown);
