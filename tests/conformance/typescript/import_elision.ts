// An ES module in TypeScript importing TypeScript through `.js` specifiers: `import type`,
// inline `type` specifiers and imports used only as types are elided (the module they name is
// not even evaluated), side-effect imports are kept, values import and re-export as usual.
import makeSquare, { Square, area, type Shape, type Unit } from './fixtures/shapes.js';
import type { Shape as ShapeAlias } from './fixtures/shapes.js';
import * as shapes from './fixtures/shapes.js';
import { Config, Level } from './fixtures/types_only.js';
import './fixtures/side_effect.js';
export type { Shape } from './fixtures/shapes.js';
export { PI_ROUNDED } from './fixtures/shapes.js';
export type Local = { shape: ShapeAlias };

const config: Config = { verbose: true };
const level: Level = 2;
const unit: Unit = 'in';
const square: Shape = makeSquare(3);
console.log(area(square), area(new Square(2), unit), square instanceof Square);
console.log(shapes.PI_ROUNDED, typeof shapes.default, Object.keys(shapes).sort());
console.log(config.verbose, level);
const barrel = await import('./fixtures/barrel.js');
console.log(Object.keys(barrel).sort(), barrel.PI_ROUNDED, barrel.areaOf(barrel.all.default(1)));
