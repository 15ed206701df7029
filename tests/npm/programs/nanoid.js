const { nanoid, customAlphabet } = require('nanoid');
console.log(nanoid().length, customAlphabet('abc', 5)().replace(/[abc]/g, '').length);
