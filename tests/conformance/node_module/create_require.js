const Module = require('module');
const { createRequire, isBuiltin, builtinModules } = Module;
console.log(typeof Module, typeof Module.Module, Module.createRequire === createRequire);
console.log(isBuiltin('fs'), isBuiltin('node:fs'), isBuiltin('node:test'), isBuiltin('test'), isBuiltin('nope'), isBuiltin(1));
console.log(Array.isArray(builtinModules), builtinModules.includes('zlib'), builtinModules.includes('node:fs'));
const localRequire = createRequire(__filename);
console.log(localRequire('path') === require('path'), localRequire('node:path').sep);
// Files the program contains (this literal require puts fixture.js in it).
const viaLiteral = require('./fixtures/answer');
console.log(localRequire('./fixtures/answer') === viaLiteral, localRequire('./fixtures/answer.js').value);
console.log(createRequire('file://' + __filename)('./fixtures/answer').value);
for (const bad of ['./fixtures/missing', 'no-such-package']) {
  try {
    localRequire(bad);
  } catch (error) {
    console.log(error.code, error.message.split('\n')[0]);
  }
}
for (const bad of ['relative/path.js', 42]) {
  try {
    createRequire(bad);
  } catch (error) {
    console.log(error.name, error.code);
  }
}
console.log(require('process') === process, require('node:process') === process);
