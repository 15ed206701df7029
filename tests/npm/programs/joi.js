const Joi = require('joi');
const schema = Joi.object({
  username: Joi.string().alphanum().min(3).max(30).required(),
  password: Joi.string().pattern(/^[a-zA-Z0-9]{3,30}$/),
  repeat_password: Joi.ref('password'),
  birth_year: Joi.number().integer().min(1900).max(2013),
  email: Joi.string().email({ minDomainSegments: 2, tlds: { allow: ['com', 'net'] } }),
  tags: Joi.array().items(Joi.string()).unique().default([]),
}).with('username', 'birth_year').xor('password', 'access_token').with('password', 'repeat_password').append({ access_token: [Joi.string(), Joi.number()] });
console.log(schema.validate({ username: 'abc', birth_year: 1994, password: 'abc1', repeat_password: 'abc1' }));
console.log(schema.validate({}).error.message);
const r = schema.validate({ username: 'a!', birth_year: 1800, email: 'x@y.org', password: 'p' }, { abortEarly: false });
console.log(r.error.details.map((d) => `${d.path.join('.')}: ${d.type}: ${d.message}`));
console.log(Joi.number().min(5).validate('10'), Joi.string().trim().lowercase().validate('  ABC  ').value, Joi.date().iso().validate('2020-01-02T03:04:05Z').value.toISOString());
console.log(Joi.alternatives().try(Joi.number(), Joi.boolean()).validate('true').value, Joi.object({ a: Joi.any().valid('x', 'y') }).validate({ a: 'z' }).error.message);
try { Joi.assert(5, Joi.string(), 'Bad value'); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(Joi.object({ n: Joi.number().default(7) }).describe()));
