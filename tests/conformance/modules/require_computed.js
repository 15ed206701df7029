// require() of specifiers computed at run time: kiln includes the files a literal prefix
// names at build time, with node's extension and index rules.
const names = ['fr', 'fr.js', 'de', 'de.js', 'data', 'data.json', 'sub', 'sub/', 'sub/index', 'sub/index.js', 'missing'];
for (const name of names) {
  try {
    console.log(name, JSON.stringify(require('./fixtures/locale/' + name)));
  } catch (e) {
    console.log(name, e.code, e.message.split('\n')[0]);
  }
}
console.log(require('./fixtures/locale/fr') === require('./fixtures/locale/' + 'fr.js'));
console.log(require(`./fixtures/locale/${'de'}.js`).name);
const load = (lang) => require(`./fixtures/locale/${lang}`);
console.log(load('fr'), load('sub'));
function json(name) {
  return require('./fixtures/locale/' + name + '.json');
}
console.log(json('data').x);
try {
  json('fr');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
for (const dev of [true, false]) {
  console.log(require(dev ? './fixtures/locale/fr' : ('./fixtures/locale/de')));
}
// A core module named with a literal somewhere is found by a computed specifier too.
const pathLiteral = require('path');
const core = ['pa', 'th'].join('');
console.log(require(core) === pathLiteral, require('node:' + core) === pathLiteral, typeof require('node:' + 'os').EOL);
const literal = require('./fixtures/math.js');
console.log(literal === require(['.', 'fixtures', 'math.js'].join('/')));
try {
  require(['.', 'fixtures', 'nothing.js'].join('/'));
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
