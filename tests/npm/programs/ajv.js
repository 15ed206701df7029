const Ajv = require('ajv');
const ajv = new Ajv();
const validate = ajv.compile({ type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] });
console.log(validate({ a: 1 }), validate({ a: 'x' }), JSON.stringify(validate.errors));
