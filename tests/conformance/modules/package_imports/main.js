// package.json "imports" (#specifiers: exact, patterns, conditions, package and core targets)
// and a package referring to itself by name through its "exports".
console.log(require('#util'), require('#lib/a'), require('#dep'), require('#dep/extra'), require('#cond'));
console.log(require('imports-demo/feature'), require('#util') === require('./fixtures/util.js'));
const shown = (e) => console.log(e.name, e.code, e.message.split('\n')[0].replace(/\/\S*\/package_imports\//g, '<dir>/'));
try {
  require('#missing');
} catch (e) {
  shown(e);
}
try {
  require('#lib/internal/x');
} catch (e) {
  shown(e);
}
try {
  require('#missing-file');
} catch (e) {
  shown(e);
}
try {
  require('imports-demo/fixtures/util.js');
} catch (e) {
  shown(e);
}
import('#cond').then((ns) => console.log('import()', ns.default));
import('./fixtures/inner.mjs').then((ns) => console.log('ESM', ns.default));
