import fromCjs from './fixtures/require_esm.cjs';
import { count } from './fixtures/counter.js';
console.log(fromCjs, count);
