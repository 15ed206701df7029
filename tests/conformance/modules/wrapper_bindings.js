// The CommonJS wrapper's parameters are ordinary writable bindings.
const original = exports;
exports = module.exports = { replaced: true };
console.log(original !== exports, module.exports === exports, exports.replaced);
let count = 0;
const realRequire = require;
require = function (id) {
  count++;
  return realRequire(id);
};
console.log(typeof require('path').join, count);
require = realRequire;
__filename = 'renamed.js';
__dirname = 'somewhere';
console.log(__filename, __dirname);
function inner() {
  module = { exports: 'inner' };
  return module.exports;
}
console.log(inner(), typeof module);
