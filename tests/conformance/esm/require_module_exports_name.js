// require() of an ES module returns its "module.exports" export when it has one (node 20.19+).
import info from './fixtures/require_module_exports.cjs';
import * as namespace from './fixtures/module_exports_name.js';
console.log(info, Object.keys(namespace));
