// require.resolve of literal specifiers (files, packages, core modules) and require.main.
const path = require('path');
const resolved = require.resolve('./fixtures/main_check.js');
console.log(path.relative(__dirname, resolved), path.isAbsolute(resolved));
console.log(path.relative(__dirname, require.resolve('./fixtures/main_check')));
console.log(require.resolve('fs'), require.resolve('node:path'), typeof require.resolve);
console.log(require.main === module, require('./fixtures/main_check.js'));
try {
  require.resolve('./fixtures/does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require.resolve(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
