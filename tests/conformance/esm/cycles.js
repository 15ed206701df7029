import { a } from './fixtures/cycle_a.js';
import { b, bFunction } from './fixtures/cycle_b.js';
console.log('entry:', a, b, bFunction());
