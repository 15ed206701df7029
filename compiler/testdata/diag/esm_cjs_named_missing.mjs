// A name node's CommonJS analysis does not find is a link-time SyntaxError.
import { add, hidden } from './esm_cjs_named_missing_dep.cjs';
console.log(add, hidden);
