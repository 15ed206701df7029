import { greeting, type Options } from './greeting.js';
const options: Options = { punctuation: '!' };
console.log(greeting(process.argv[2] ?? 'world', options));
