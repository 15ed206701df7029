import describe, { kind } from 'dual';
import { feature } from 'dual/feature';
console.log('entry.mjs:', kind, describe(), feature);
export const loaded = true;
