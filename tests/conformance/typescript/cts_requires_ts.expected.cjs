// A .cts entry (CommonJS): `require` finds .ts and .cts files with or without `.js`, `import type`
// is allowed and erased, `import x = require()` is a require.
const helper = require('./fixtures/js/cjs_helper');
const again = require('./fixtures/js/cjs_helper.js');
const counter = require('./fixtures/js/counter.cjs');
const shape = undefined;
console.log(helper.label('hi'), helper.label('yo', { prefix: '#' }), helper.isCommonJs, again === helper);
console.log(counter.increment(), counter.count, typeof module, typeof exports, this === module.exports, shape);
