// An ES module in TypeScript importing TypeScript through `.js` specifiers: `import type`,
// inline `type` specifiers and imports used only as types are elided (the module they name is
// not even evaluated), side-effect imports are kept, values import and re-export as usual.
import makeSquare, { Square, area } from './fixtures/js/shapes.mjs';
import * as shapes from './fixtures/js/shapes.mjs';
import './fixtures/js/side_effect.mjs';
export { PI_ROUNDED } from './fixtures/js/shapes.mjs';

const config = { verbose: true };
const level = 2;
const unit = 'in';
const square = makeSquare(3);
console.log(area(square), area(new Square(2), unit), square instanceof Square);
console.log(shapes.PI_ROUNDED, typeof shapes.default, Object.keys(shapes).sort());
console.log(config.verbose, level);
const barrel = await import('./fixtures/js/barrel.mjs');
console.log(Object.keys(barrel).sort(), barrel.PI_ROUNDED, barrel.areaOf(barrel.all.default(1)));
