// A .cts entry (CommonJS): `require` finds .ts and .cts files with or without `.js`, `import type`
// is allowed and erased, `import x = require()` is a require.
import type { Shape } from './fixtures/shapes.js';
import helper = require('./fixtures/cjs_helper');
const again = require('./fixtures/cjs_helper.js');
const counter: { increment(): number; count: number } = require('./fixtures/counter.cjs');
const shape: Shape | undefined = undefined;
console.log(helper.label('hi'), helper.label('yo', { prefix: '#' }), helper.isCommonJs, again === helper);
console.log(counter.increment(), counter.count, typeof module, typeof exports, this === module.exports, shape);
