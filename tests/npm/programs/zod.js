const { z } = require('zod');
const S = z.object({ name: z.string().min(2), age: z.number().int().positive() });
console.log(S.safeParse({ name: 'al', age: 3 }).success);
const r = S.safeParse({ name: 'a', age: -1 }); console.log(r.success, r.error.issues.map(i => i.code + ':' + i.path.join('.')));
