// Named imports from CommonJS: the names node's static analysis finds (cjs-module-lexer).
import shapes, { viaDot, viaModule, viaGetter, viaValue, fromStar, __esModule } from './fixtures/cjs_shapes.cjs';
import * as shapesNamespace from './fixtures/cjs_shapes.cjs';
import { a, renamed, quoted, other, later } from './fixtures/cjs_literal.cjs';
console.log(viaDot, viaModule, viaGetter, viaValue, fromStar, __esModule);
console.log(Object.keys(shapes).sort());
console.log(Object.keys(shapesNamespace).sort());
console.log(a, renamed, quoted, other(), later);
const dynamic = await import('./fixtures/cjs_literal.cjs');
console.log(Object.keys(dynamic).sort(), dynamic.default === (await import('./fixtures/cjs_literal.cjs')).default);
