import { x } from './fixtures/nowhere.mjs';
console.log(x);
