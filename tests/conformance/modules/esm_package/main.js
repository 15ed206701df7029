// A CommonJS entry that requires one build of a dual package and imports the other.
const cjs = require('dual');
console.log(cjs.kind, cjs.describe());
import('dual').then((esm) => {
  console.log(esm.kind, esm.default());
  return import('dual/feature');
}).then((ns) => {
  console.log(ns.feature);
  return import('./entry.mjs');
}).then((ns) => console.log(Object.keys(ns)));
