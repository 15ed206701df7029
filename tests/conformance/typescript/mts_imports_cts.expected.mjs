// An .mts entry importing a .cts module through `.cjs` (its `export =` is the default export),
// an .mts module through `.mjs`, a .ts file without its extension and a directory's index.ts.
import counter from './fixtures/js/counter.cjs';
import { twice, isModule } from './fixtures/js/esm_util.mjs';
import { Square } from './fixtures/js/shapes.mjs';
import { fromIndex } from './fixtures/js/lib/index.mjs';

counter.increment();
counter.increment();
console.log(counter.count, counter.describe(), counter.describe(new Square(1)));
console.log(twice(21), isModule, fromIndex, typeof require, import.meta.url.endsWith('.mjs'));
