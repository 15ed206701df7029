// A bundler's require through a conditional callee still finds the module at build time.
const url = ("undefined" !== typeof __webpack_require__ ? __non_webpack_require__ : require)("url");
const path = (typeof __non_webpack_require__ === 'function' && __non_webpack_require__ || require)('path');
const os = (0, require)('os');
const helper = (globalThis.nope ?? require)('./fixtures/math.js');
console.log(typeof url.pathToFileURL, path.join('a', 'b'), typeof os.EOL, typeof helper);
