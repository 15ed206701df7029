import { present } from './fixtures/exporter.mjs';
import { absent } from './fixtures/exporter.mjs';
console.log(present, absent);
