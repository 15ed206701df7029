const yup = require('yup');
const userSchema = yup.object({
  name: yup.string().required(),
  age: yup.number().required().positive().integer(),
  email: yup.string().email(),
  website: yup.string().url().nullable(),
  createdOn: yup.date().default(() => new Date(Date.UTC(2020, 0, 1))),
  tags: yup.array().of(yup.string().trim()).min(1),
});
(async () => {
  const user = await userSchema.validate({ name: 'jimmy', age: '24', tags: [' a '] });
  console.log(user, user.createdOn.toISOString());
  try { await userSchema.validate({ name: 'x', age: -1, email: 'nope', tags: [] }, { abortEarly: false }); } catch (e) { console.log(e.name, e.errors, e.inner.map((i) => i.path)); }
  console.log(userSchema.cast({ name: 'a', age: '3.0', tags: ['  b'] }).age, yup.string().isValidSync(5), yup.number().min(5).isValidSync(4));
  const s = yup.object({ pw: yup.string().min(3), again: yup.string().oneOf([yup.ref('pw')], 'must match'), kind: yup.string(), extra: yup.string().when('kind', { is: 'x', then: (sc) => sc.required() }) });
  console.log(await s.isValid({ pw: 'abc', again: 'abc' }), s.validateSync({ pw: 'abc', again: 'abd' }, { abortEarly: false, strict: false }) === 1);
})().catch((e) => console.log(e.name, e.message, e.errors));
